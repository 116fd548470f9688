"""Two people acting on the same page at the same moment: exactly one of them wins.

- Two approvers deciding the same task: the task state's row is locked while the
  decision is written, and a decision on a task that is no longer in progress is
  refused. The workflow moves on, and publishes, once.
- Two editors saving the same page: the page editor's form remembers which version
  the editor's save is based on (`pages.forms`); the write locks the page's row and
  refuses when someone else's version was saved in between.

The loser gets `ConcurrentChange`, a PermissionDenied the admin turns into a message
(`pages.middleware.ConcurrentChangeMiddleware`); nothing of theirs is written.
On PostgreSQL the lock (SELECT … FOR UPDATE) makes the second transaction wait for the
first; SQLite writes one transaction at a time anyway.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, TaskState

#: Attribute the page editor's form sets on the page: the latest revision it saw.
EXPECTED_REVISION = "_expected_latest_revision_id"

ALREADY_DECIDED = _(
    "Another approver has already decided on this change, so your decision was not "
    "recorded. The page shows the current state."
)
SAVED_MEANWHILE = _(
    "Someone else saved this page at the same moment, so your changes were not "
    "saved. Open the page again to see their version, then make your change."
)


class ConcurrentChange(PermissionDenied):
    """Someone else's change got there first; this one was not written."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def lock_in_progress(task_state):
    """Lock the task state's row; refuse when it was decided meanwhile."""
    status = (
        TaskState.objects.select_for_update()
        .filter(pk=task_state.pk)
        .values_list("status", flat=True)
        .first()
    )
    if status != TaskState.STATUS_IN_PROGRESS:
        raise ConcurrentChange(ALREADY_DECIDED)


def remember_loaded_status(sender, instance, **kwargs):
    """post_init of task states: the status as read, to recognise a decision."""
    instance._loaded_status = instance.status


def refuse_second_decision(sender, instance, raw=False, **kwargs):
    """pre_save of task states: the move out of "in progress" happens only once."""
    if raw or instance.pk is None:
        return
    loaded = getattr(instance, "_loaded_status", None)
    deciding = (
        loaded == TaskState.STATUS_IN_PROGRESS
        and instance.status != TaskState.STATUS_IN_PROGRESS
    )
    if deciding:
        lock_in_progress(instance)


def forget_loaded_status(sender, instance, **kwargs):
    """post_save of task states: what is saved is now what was read."""
    instance._loaded_status = instance.status


def refuse_stale_page_write(page_id, expected_revision_id):
    """Lock the page's row; refuse when its latest revision is not the expected one."""
    latest = (
        Page.objects.select_for_update()
        .filter(pk=page_id)
        .values_list("latest_revision_id", flat=True)
        .first()
    )
    if latest != expected_revision_id:
        raise ConcurrentChange(SAVED_MEANWHILE)


def check_page_save(sender, instance, raw=False, update_fields=None, **kwargs):
    """pre_save of pages saved by the page editor's form."""
    expected = getattr(instance, EXPECTED_REVISION, None)
    if raw or expected is None or instance.pk is None:
        return
    refuse_stale_page_write(instance.pk, expected)


def check_revision_save(sender, instance, raw=False, **kwargs):
    """pre_save of revisions: a new revision of a page saved by the editor's form."""
    if raw or instance.pk is not None:
        return
    page = instance.content_object
    expected = getattr(page, EXPECTED_REVISION, None)
    if expected is None:
        return
    refuse_stale_page_write(page.pk, expected)
    # Later revisions in this request (submitting after saving) build on this one.
    delattr(page, EXPECTED_REVISION)
