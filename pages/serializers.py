"""Fields of the page types' API representation (pages.api)."""

from rest_framework import serializers
from wagtail.models import Page

from .queries import restricted


class PublicPageField(serializers.Field):
    """A link to another page as {"id", "title"}, or null when that page is not live
    or is behind a view restriction (its title is not public)."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, page):
        if not page.live:
            return None
        if Page.objects.filter(pk=page.pk).filter(restricted()).exists():
            return None
        return {"id": page.pk, "title": page.title}
