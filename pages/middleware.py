"""Middleware: expired pages leave before any request is answered; the admin speaks
its users' language, refuses ids of another page, and explains a change that lost
to a simultaneous one.

The Wagtail admin's language: the user's preference; without one, the browser's
language when the admin speaks it (Swedish for a Swedish browser); English otherwise.

Django's LocaleMiddleware gives every unprefixed address, /admin/ among them, the
site's default language (Swedish) because public Swedish pages have no prefix. This
middleware, placed after it, activates the admin's language instead; Wagtail then
uses it wherever a user has no preferred language of their own
(`UserProfile.get_preferred_language`).
"""

import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header
from wagtail.admin.localization import get_available_admin_languages
from wagtail.models import Page, Revision, TaskState, WorkflowState

from .concurrency import ALREADY_DECIDED, ConcurrentChange
from .publishing import unpublish_expired_pages

logger = logging.getLogger(__name__)

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


#: Admin views that act on a page's workflow or revisions, and the ids in their
#: addresses that must belong to that page.
WATCHED_VIEWS = {
    "wagtailadmin_pages:workflow_action": ("task_state_id",),
    "wagtailadmin_pages:collect_workflow_action_data": ("task_state_id",),
    "wagtailadmin_pages:confirm_workflow_cancellation": (),
    "wagtailadmin_pages:workflow_preview": (),
    "wagtailadmin_pages:workflow_history_detail": ("workflow_state_id",),
    "wagtailadmin_pages:revisions_view": ("revision_id",),
    "wagtailadmin_pages:revisions_revert": ("revision_id",),
    "wagtailadmin_pages:revisions_unschedule": ("revision_id",),
    "wagtailadmin_pages:revisions_compare": ("revision_id_a", "revision_id_b"),
}


class AdminObjectIdsMiddleware:
    """Refuse (403) a workflow action, revision view, revert or comparison whose task
    state, workflow state or revision id is not the page's own, before Wagtail's view
    runs (Wagtail's workflow action view takes the task state by id alone), and log
    every 403 on these views with the user, the address and the ids."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        match = request.resolver_match
        if response.status_code == 403 and match and match.view_name in WATCHED_VIEWS:
            logger.warning(
                "Refused admin %s for user %s: %s (%s, ids %s)",
                match.url_name,
                request.user.get_username() or "anonymous",
                request.path,
                getattr(request, "refusal_reason", "no permission"),
                {key: str(value) for key, value in match.kwargs.items()},
            )
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        id_names = WATCHED_VIEWS.get(match.view_name) if match else None
        if id_names is None:
            return None
        page_id = str(view_kwargs.get("page_id", view_kwargs.get("pk")))
        for name in id_names:
            if not belongs_to_page(name, str(view_kwargs[name]), page_id):
                request.refusal_reason = f"{name} is not one of this page's"
                raise PermissionDenied
        return None


def belongs_to_page(id_name, value, page_id):
    """Whether the task state, workflow state or revision `value` is page_id's own.
    The words Wagtail accepts in a comparison (live, earliest, latest) always are."""
    if not value.isdecimal():
        return value in ("live", "earliest", "latest")
    page_type = ContentType.objects.get_for_model(Page)
    of_page = {"object_id": page_id, "base_content_type": page_type}
    if id_name == "task_state_id":
        return TaskState.objects.filter(
            pk=value,
            workflow_state__in=WorkflowState.objects.filter(**of_page),
            revision__in=Revision.objects.filter(**of_page),
        ).exists()
    if id_name == "workflow_state_id":
        return WorkflowState.objects.filter(pk=value, **of_page).exists()
    return Revision.objects.filter(pk=value, **of_page).exists()


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


class ExpiredPagesMiddleware:
    """Unpublishes the pages whose expiry time has passed before answering.

    Wagtail serves a live page until `publish_scheduled` runs, however late its
    expiry time; until then an expired page would be in every listing, search result,
    feed, sitemap and API response. Place it before anything that reads pages,
    the page cache included."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        unpublish_expired_pages()
        return self.get_response(request)
