from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from pages.api import PublicPagesAPIViewSet
from pages.cache.middleware import cache_public
from pages.views import convert_to_alias
from search import urls as search_urls

# Open data: the published pages as JSON (pages.api, docs/api-and-print.md).
api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)

urlpatterns = [
    path("django-admin/", admin.site.urls),
    # Before wagtail-localize's own view of this address: only publishers may turn a
    # translation into an alias of its source page (see pages.views).
    path(
        "admin/localize/page/<int:page_id>/convert_to_alias/",
        require_admin_access(convert_to_alias),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", cache_public(sitemap)),
    path("api/v2/", api_router.urls),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Swedish (the default language) is served without a prefix, English under /en/.
urlpatterns += i18n_patterns(
    path("sok/", include(search_urls)),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
