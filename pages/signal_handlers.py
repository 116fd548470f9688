"""Signal receivers, connected in PagesConfig.ready()."""

from wagtail.admin.signal_handlers import task_submission_email_notifier
from wagtail.signals import page_published, task_submitted

from .models import DecisionTaskState, GovernancePage
from .publishing import record_publication


def write_change_log(sender, instance, revision, **kwargs):
    if isinstance(instance, GovernancePage):
        record_publication(instance, revision)


def register_signal_handlers():
    page_published.connect(write_change_log, dispatch_uid="pages_write_change_log")
    # Wagtail notifies a group approval task's group for its own TaskState class only.
    task_submitted.connect(
        task_submission_email_notifier,
        sender=DecisionTaskState,
        dispatch_uid="pages_decision_task_submitted_email_notification",
    )
