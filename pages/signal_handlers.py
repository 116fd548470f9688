"""Signal receivers, connected in PagesConfig.ready()."""

from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier
from wagtail.signals import page_published, task_submitted

from .models import DecisionTaskState, GovernancePage
from .publishing import record_publication


def write_change_log(sender, instance, revision, **kwargs):
    if isinstance(instance, GovernancePage):
        record_publication(instance, revision)


class DecisionSubmissionEmailNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
    """Tells the approvers what the change is: type and summary of the submitted
    revision (templates wagtailadmin/notifications/decision_task_state_submitted*)."""

    def get_context(self, task_state, **kwargs):
        context = super().get_context(task_state, **kwargs)
        context["change"] = task_state.revision.as_object()
        return context


decision_submission_email_notifier = DecisionSubmissionEmailNotifier()


def register_signal_handlers():
    page_published.connect(write_change_log, dispatch_uid="pages_write_change_log")
    # Wagtail notifies a group approval task's group for its own TaskState class only.
    task_submitted.connect(
        decision_submission_email_notifier,
        sender=DecisionTaskState,
        dispatch_uid="pages_decision_task_submitted_email_notification",
    )
