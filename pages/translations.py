"""Translations made with wagtail-localize are changes like any other: a translator
without the right to publish submits the translated page to the organisation's
approval workflow, which publishes it (and writes its change-log entry) once
approved.

wagtail-localize's translation editor publishes only for users who may publish the
page; everyone else translates there (or by PO file) and then submits the
translation here, from the page's "more" menu in the page explorer.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail_localize.models import Translation


def synced_translation(page):
    """The wagtail-localize Translation whose target is `page`, if it is a synced
    translation (edited in the translation editor), else None."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def can_submit_translation(page, user):
    """Whether `user` may submit the translation `page` for approval: they may
    edit it, it is not locked against them, and a workflow covers it."""
    permissions = page.permissions_for_user(user)
    return (
        permissions.can_edit()
        and not permissions.page_locked()
        and page.get_workflow() is not None
    )


@transaction.atomic
def submit_for_approval(translation, user, change_type, change_summary):
    """Save the translated page as a draft revision with its translations so far
    (untranslated strings stay in the source language) and the change's type and
    summary, and start the approval workflow on it; a workflow already in progress
    is cancelled first, since this revision supersedes it. Returns the revision.

    The page's row, which the public site reads, is not touched: only the
    workflow's publication changes what readers see."""
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise ValidationError(_("Only pages can be submitted for approval."))
    page = page.specific
    workflow = page.get_workflow()
    if workflow is None:
        raise ValidationError(_("No approval workflow covers this page."))
    draft = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    draft.change_type = change_type
    draft.change_summary = change_summary
    revision = draft.save_revision(user=user, log_action=True)
    in_progress = page.current_workflow_state
    if in_progress is not None:
        in_progress.cancel(user=user)
    workflow.start(draft, user)
    return revision
