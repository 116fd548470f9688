"""Admin customisation for the governance pages."""

from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets.button import Button
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .cache.middleware import mark_page_cacheable
from .importing.drafts import PAGE_TYPES
from .importing.views import ImportDocumentView
from .reminders import routines_to_review_for
from .representation.admin import (
    REGISTER_MODELS,
    OrganisationRegisterPolicy,
    RepresentativesViewSetGroup,
)
from .translations import can_submit_translation, synced_translation
from .views import SubmitTranslationView


class RoutinesToReviewPanel(Component):
    """Dashboard panel: routines the user may edit that are overdue for review or
    due within 30 days, overdue first. A fixed number of queries."""

    name = "routines_to_review"
    template_name = "pages/admin/routines_to_review_panel.html"
    order = 230  # after the workflow panels, before recent edits

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["routines"] = routines_to_review_for(parent_context["request"].user)
        return context


@hooks.register("construct_homepage_panels")
def add_routines_to_review_panel(request, panels):
    panels.append(RoutinesToReviewPanel())


@hooks.register("register_admin_urls")
def register_translation_urls():
    return [
        path(
            "pages/<int:page_id>/submit-translation/",
            SubmitTranslationView.as_view(),
            name="pages_submit_translation",
        ),
        path(
            "pages/<int:parent_id>/import-document/",
            ImportDocumentView.as_view(),
            name="pages_import_document",
        ),
    ]


def submit_translation_button(page, user, next_url=None, view_name=None):
    """'Submit translation for approval' in the explorer's menus of a synced
    translation: what a translator without publish rights does after translating
    in wagtail-localize's editor."""
    if page.is_root() or page.locale_id is None:
        return
    if synced_translation(page) is None or not can_submit_translation(page, user):
        return
    yield Button(
        _("Submit translation for approval"),
        reverse("pages_submit_translation", args=[page.pk]),
        icon_name="tasks",
        priority=65,
    )


hooks.register("register_page_listing_more_buttons", submit_translation_button)
hooks.register("register_page_header_buttons", submit_translation_button)


@hooks.register("register_page_listing_more_buttons")
def import_document_button(page, user, next_url=None, view_name=None):
    """'Import a document' for pages that can hold an imported page, to users who
    may add pages under them."""
    if page.is_root() or not any(m.can_create_at(page) for m in PAGE_TYPES.values()):
        return
    if not page.permissions_for_user(user).can_add_subpage():
        return
    yield Button(
        _("Import a document"),
        reverse("pages_import_document", args=[page.pk]),
        icon_name="doc-full-inverse",
        priority=70,
    )


# The register of representatives: each organisation's editors keep their own.
for register_model in REGISTER_MODELS:
    register_permission_policy(
        register_model, OrganisationRegisterPolicy(register_model)
    )
register_snippet(RepresentativesViewSetGroup)


# Pages without a view restriction may be stored in the page cache (pages.cache).
hooks.register("before_serve_page", mark_page_cacheable)
