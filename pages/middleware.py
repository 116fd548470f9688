"""The Wagtail admin's language: the user's preference; without one, the browser's
language when the admin speaks it (Swedish for a Swedish browser); English otherwise.

Django's LocaleMiddleware gives every unprefixed address, /admin/ among them, the
site's default language (Swedish) because public Swedish pages have no prefix. This
middleware, placed after it, activates the admin's language instead; Wagtail then
uses it wherever a user has no preferred language of their own
(`UserProfile.get_preferred_language`).
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header
from wagtail.admin.localization import get_available_admin_languages
from wagtail.models import TaskState

from .concurrency import ALREADY_DECIDED, ConcurrentChange

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


class ConcurrentChangeMiddleware:
    """Turns a change that lost to a simultaneous one (`pages.concurrency`) into a
    message on the page's editor instead of an error page. Wagtail's own refusal of
    a decision on a task that is no longer in progress gets the same message."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, PermissionDenied):
            return None
        match = request.resolver_match
        if isinstance(exception, ConcurrentChange):
            message = exception.message
        elif match and match.url_name == "workflow_action" and _decided(match):
            message = ALREADY_DECIDED
        else:
            return None
        messages.error(request, message)
        page_id = match.kwargs.get("page_id") if match else None
        target = (
            reverse("wagtailadmin_pages:edit", args=[page_id])
            if page_id
            else reverse("wagtailadmin_home")
        )
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # Wagtail's workflow modal follows this to the page with the message.
            return JsonResponse({"step": "success", "redirect": target})
        return redirect(target)


def _decided(match):
    task_state_id = match.kwargs.get("task_state_id")
    return not TaskState.objects.filter(
        pk=task_state_id, status=TaskState.STATUS_IN_PROGRESS
    ).exists()
