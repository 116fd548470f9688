"""Receivers that keep cached pages true to the database.

Every change readers can see starts a new content generation (our page cache, in
every process) and, where a CDN or reverse proxy is configured
(WAGTAILFRONTENDCACHE), purges the addresses that show the changed data
(pages.cache.dependents) with Wagtail's frontend cache backends.

The generation is changed twice: at once, and again when the transaction commits.
A reader in another process that renders between the two could still read the old
rows and store them under the first new generation; the second makes that entry
unreachable. The addresses to purge are found at once (before a delete, while the
tree still holds the page) and purged after the commit, so a CDN cannot fetch the
old page again."""

from copy import copy

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    COMMENTS_RELATION_NAME,
    Locale,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail.signals import page_published, page_unpublished, post_page_move

from ..models import Appointment, ChangeLogEntry, MemberOrganisation, Person
from . import generation
from .dependents import urls_showing_page, urls_showing_register

#: Page fields that only the admin shows (drafts, locks): saving them changes
#: nothing public.
DRAFT_FIELDS = {
    COMMENTS_RELATION_NAME,
    "latest_revision_created_at",
    "draft_title",
    "latest_revision",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}


def content_changed():
    """Start a new content generation now and again after the commit."""
    generation.bump()
    transaction.on_commit(generation.bump)


def purge(urls):
    """Purge the addresses from the configured frontend caches once the change is
    committed: purged earlier, a CDN could fetch the old page again."""
    if urls:
        batch = PurgeBatch(urls)
        transaction.on_commit(batch.purge)


def frontend_cache_configured():
    return bool(get_backends())


def purge_page(page, extra_urls=()):
    if frontend_cache_configured():
        purge(urls_showing_page(page) | set(extra_urls))


# ---------- Pages ----------


def page_changed(sender, instance, **kwargs):
    """Published (a translation too) or unpublished. Wagtail unpublishes a live
    page before deleting it, so the purge of a deleted page is found here, while
    the tree still holds it."""
    content_changed()
    purge_page(instance)


def page_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    content_changed()
    if not frontend_cache_configured():
        return
    old_urls = set()
    if url_path_before != url_path_after:
        # Where the page was, and what its old parent showed.
        before = copy(instance)
        before.url_path = url_path_before
        old_urls.add(before.get_full_url())
        old_urls |= urls_showing_page(kwargs["parent_page_before"])
    purge_page(instance, old_urls)


def page_saved(sender, instance, created, update_fields=None, raw=False, **kwargs):
    """A page saved outside publishing (a copy kept live, an alias updated)."""
    if raw or not isinstance(instance, Page):
        return
    if update_fields is not None and set(update_fields) <= DRAFT_FIELDS:
        return
    if instance.live or created:
        content_changed()


def page_deleted(sender, instance, **kwargs):
    content_changed()


def view_restriction_changed(sender, instance, **kwargs):
    """A page made private, or public again, with everything below it."""
    content_changed()
    if frontend_cache_configured():
        page = instance.page
        urls = set()
        for below in page.get_descendants(inclusive=True).live():
            urls |= urls_showing_page(below)
        purge(urls)


# ---------- The register of representatives ----------


def appointment_changed(sender, instance, **kwargs):
    content_changed()
    if frontend_cache_configured():
        purge(
            urls_showing_register(
                appointments=[instance],
                member_organisations=[instance.member_organisation],
            )
        )


def person_changed(sender, instance, **kwargs):
    content_changed()
    if frontend_cache_configured() and instance.pk:
        purge(urls_showing_register(appointments=instance.appointments.all()))


def member_organisation_changed(sender, instance, **kwargs):
    content_changed()
    if frontend_cache_configured() and instance.pk:
        purge(
            urls_showing_register(
                appointments=instance.appointments.all(),
                member_organisations=[instance],
            )
        )


def member_organisations_linked(sender, instance, action, reverse, **kwargs):
    """A member organisation joined or left a collaboration (from either side)."""
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if reverse:
        content_changed()
        if frontend_cache_configured():
            purge(urls_showing_page(instance))
    else:
        member_organisation_changed(sender, instance)


# ---------- Everything else a page shows ----------


def other_content_changed(sender, instance=None, raw=False, **kwargs):
    """Documents, images, sites, locales, change-log entries: shown on pages in
    ways not worth listing; the CDN's own max-age bounds what it keeps."""
    if not raw:
        content_changed()


def register_signal_handlers():
    uid = "pages_cache_"
    page_published.connect(page_changed, dispatch_uid=uid + "published")
    page_unpublished.connect(page_changed, dispatch_uid=uid + "unpublished")
    post_page_move.connect(page_moved, dispatch_uid=uid + "moved")
    post_save.connect(page_saved, dispatch_uid=uid + "page_saved")
    post_delete.connect(page_deleted, sender=Page, dispatch_uid=uid + "page_deleted")
    for signal in (post_save, pre_delete):
        signal.connect(
            view_restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=uid + "restriction",
        )
    # Before a person or member organisation is deleted: their appointments (deleted
    # with them) say which pages showed them.
    for signal in (post_save, pre_delete):
        signal.connect(person_changed, sender=Person, dispatch_uid=uid + "person")
        signal.connect(
            member_organisation_changed,
            sender=MemberOrganisation,
            dispatch_uid=uid + "member_organisation",
        )
    for signal in (post_save, post_delete):
        signal.connect(
            appointment_changed, sender=Appointment, dispatch_uid=uid + "appointment"
        )
        for model in (
            get_document_model(),
            get_image_model(),
            Site,
            Locale,
            ChangeLogEntry,
        ):
            signal.connect(
                other_content_changed,
                sender=model,
                dispatch_uid=f"{uid}{model._meta.label_lower}",
            )
    m2m_changed.connect(
        member_organisations_linked,
        sender=MemberOrganisation.organisations.through,
        dispatch_uid=uid + "member_organisations_linked",
    )
