"""Publishing: the approved revision goes live, and the change log records it."""

import datetime

from django.core.cache import cache
from django.db.models import Max, Min
from django.utils import timezone
from wagtail.models import Page, TaskState, WorkflowState

from .models import ChangeLogEntry, DecisionTaskState


def approval_of(page, revision):
    """(decision task state or None, approving user or None) for the revision, when a
    finished workflow approved it."""
    workflow_state = (
        WorkflowState.objects.for_instance(page)
        .filter(
            status=WorkflowState.STATUS_APPROVED, current_task_state__revision=revision
        )
        .order_by("-created_at")
        .first()
    )
    if workflow_state is None:
        return None, None
    decision = (
        DecisionTaskState.objects.filter(
            workflow_state=workflow_state, status=TaskState.STATUS_APPROVED
        )
        .select_related("deciding_body", "finished_by")
        .first()
    )
    if decision is not None:
        return decision, decision.finished_by
    last_approval = (
        workflow_state.task_states.filter(status=TaskState.STATUS_APPROVED)
        .select_related("finished_by")
        .order_by("-finished_at")
        .first()
    )
    return None, last_approval.finished_by if last_approval else None


def user_name(user):
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def record_publication(page, revision):
    """Add the change-log entry for a page version that has just been published."""
    decision, approver = approval_of(page, revision)
    if approver is None:
        approver = revision.user
    last_version = ChangeLogEntry.objects.filter(page_id=page.pk).aggregate(
        last=Max("version")
    )["last"]
    body = decision.deciding_body if decision else None
    return ChangeLogEntry.objects.create(
        page_id=page.pk,
        revision=revision,
        version=(last_version or 0) + 1,
        published_at=page.last_published_at or timezone.now(),
        title=page.title,
        change_type=getattr(page, "change_type", ""),
        summary=getattr(page, "change_summary", ""),
        deciding_body=body,
        deciding_body_name=body.title if body else "",
        decision_reference=decision.decision_reference if decision else "",
        approved_by=approver,
        approved_by_name=user_name(approver),
    )


#: When the next live page expires, so that requests before then run no query. Deleted
#: on every publish (which may set an expiry); kept a minute at most, for workers that
#: do not share a cache.
NEXT_EXPIRY_CACHE_KEY = "pages:next-expiry"
NEXT_EXPIRY_TIMEOUT = 60


def unpublish_expired_pages():
    """Unpublish the live pages whose expiry time has passed, as Wagtail's
    `publish_scheduled` does; return how many there were. No query until the next
    expiry time is reached."""
    now = timezone.now()
    next_expiry = cache.get(NEXT_EXPIRY_CACHE_KEY)
    if next_expiry is not None and next_expiry > now:
        return 0
    expired = list(Page.objects.filter(live=True, expire_at__lt=now))
    for page in expired:
        page.specific.unpublish(
            set_expired=True, log_action="wagtail.unpublish.scheduled"
        )
    upcoming = Page.objects.filter(live=True, expire_at__isnull=False).aggregate(
        next=Min("expire_at")
    )["next"]
    cache.set(
        NEXT_EXPIRY_CACHE_KEY,
        upcoming or now + datetime.timedelta(seconds=NEXT_EXPIRY_TIMEOUT),
        NEXT_EXPIRY_TIMEOUT,
    )
    return len(expired)


def forget_next_expiry():
    cache.delete(NEXT_EXPIRY_CACHE_KEY)
