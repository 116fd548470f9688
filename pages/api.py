"""Open data: the published pages through Wagtail's API (v2).

A project registers the endpoint in its own router and mounts it (site/govsite/urls.py
does, at /api/v2/):

    from wagtail.api.v2.router import WagtailAPIRouter
    from pages.api import PublicPagesAPIViewSet

    api_router = WagtailAPIRouter("wagtailapi")
    api_router.register_endpoint("pages", PublicPagesAPIViewSet)

Each page type lists its fields in `api_fields`; StreamFields come out as structured
JSON ({"type", "value", "id"} per block) and rich text as HTML
(WAGTAILAPI_RICH_TEXT_FORMAT). Only live pages that no view restriction covers are
served, to everyone alike, and a page's published version, never a draft: the API
reads the pages table, which holds what is live.
"""

from wagtail.api.v2.views import PagesAPIViewSet


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint, without pages behind a view restriction even for a
    reader the restriction would let in (a logged-in editor, a reader who gave the
    password): open data is the same for everyone.

    Wagtail's .public() rather than an SQL subquery: the search backend behind
    ?search= can only filter on the fields it indexes (the tree path)."""

    def get_base_queryset(self):
        return super().get_base_queryset().public()
