"""Middleware: expired pages leave before any request is answered, and the admin
speaks its users' language.

The Wagtail admin's language: the user's preference; without one, the browser's
language when the admin speaks it (Swedish for a Swedish browser); English otherwise.

Django's LocaleMiddleware gives every unprefixed address, /admin/ among them, the
site's default language (Swedish) because public Swedish pages have no prefix. This
middleware, placed after it, activates the admin's language instead; Wagtail then
uses it wherever a user has no preferred language of their own
(`UserProfile.get_preferred_language`).
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header
from wagtail.admin.localization import get_available_admin_languages

from .publishing import unpublish_expired_pages

#: The admin's language for a browser that asks for none the admin speaks.
FALLBACK_LANGUAGE = "en"


def browser_admin_language(request):
    """The first language in Accept-Language that the admin offers, else English."""
    offered = dict(get_available_admin_languages())
    header = request.headers.get("accept-language", "")
    for code, _quality in parse_accept_lang_header(header):
        for candidate in (code.lower(), code.lower().split("-")[0]):
            if candidate in offered:
                return candidate
    return FALLBACK_LANGUAGE if FALLBACK_LANGUAGE in offered else settings.LANGUAGE_CODE


class AdminLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None

    def __call__(self, request):
        if self.admin_prefix is None:
            self.admin_prefix = reverse("wagtailadmin_home")
        if not request.path_info.startswith(self.admin_prefix):
            return self.get_response(request)
        language = browser_admin_language(request)
        request.LANGUAGE_CODE = language
        # override, not activate: the thread's language is restored afterwards.
        with translation.override(language):
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


class ExpiredPagesMiddleware:
    """Unpublishes the pages whose expiry time has passed before answering.

    Wagtail serves a live page until `publish_scheduled` runs, however late its
    expiry time; until then an expired page would be in every listing, search result,
    feed, sitemap and API response. Place it before anything that reads pages."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        unpublish_expired_pages()
        return self.get_response(request)
