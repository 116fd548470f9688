"""Signal receivers, connected in PagesConfig.ready()."""

from django.db.models.signals import post_init, post_save, pre_save
from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier
from wagtail.models import Revision, TaskState
from wagtail.signals import page_published, page_unpublished, task_submitted

from . import concurrency
from .cache import invalidation as cache_invalidation
from .models import DecisionTaskState, GovernancePage, OrganisationPage
from .publishing import forget_next_expiry, record_publication
from .roles import extend_to_translation


def write_change_log(sender, instance, revision, **kwargs):
    if isinstance(instance, GovernancePage):
        record_publication(instance, revision)


def published_with_expiry(sender, instance, **kwargs):
    """A publish may set an expiry time: look for the next one again."""
    forget_next_expiry()


def unpublish_children(sender, instance, **kwargs):
    """A page withdrawn from readers (unpublished, or expired) takes the pages below
    it along; each child's own signal takes its children. Wagtail would go on serving
    a live page below an unpublished one, with the withdrawn page's address in its
    own and its title in the breadcrumbs, the sitemap, the feeds and the chart."""
    for child in instance.get_children().live().specific():
        child.unpublish()


def set_up_organisation_translation(sender, instance, created, raw=False, **kwargs):
    """An organisation translated into another language (by wagtail-localize, or
    as an alias while a page below it is translated) gets the organisation's groups
    and workflow: its translations are approved like any other change."""
    if created and not raw:
        extend_to_translation(instance)


class DecisionSubmissionEmailNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
    """Tells the approvers what the change is: type and summary of the submitted
    revision (templates wagtailadmin/notifications/decision_task_state_submitted*)."""

    def get_context(self, task_state, **kwargs):
        context = super().get_context(task_state, **kwargs)
        context["change"] = task_state.revision.as_object()
        return context


decision_submission_email_notifier = DecisionSubmissionEmailNotifier()


def register_signal_handlers():
    cache_invalidation.register_signal_handlers()
    register_concurrency_checks()
    page_published.connect(write_change_log, dispatch_uid="pages_write_change_log")
    page_published.connect(
        published_with_expiry, dispatch_uid="pages_published_with_expiry"
    )
    page_unpublished.connect(
        unpublish_children, dispatch_uid="pages_unpublish_children"
    )
    post_save.connect(
        set_up_organisation_translation,
        sender=OrganisationPage,
        dispatch_uid="pages_set_up_organisation_translation",
    )
    # Wagtail notifies a group approval task's group for its own TaskState class only.
    task_submitted.connect(
        decision_submission_email_notifier,
        sender=DecisionTaskState,
        dispatch_uid="pages_decision_task_submitted_email_notification",
    )


def register_concurrency_checks():
    """One decision per task state and no silent overwrite (pages.concurrency)."""
    for model in (TaskState, DecisionTaskState):
        label = model._meta.label_lower
        post_init.connect(
            concurrency.remember_loaded_status,
            sender=model,
            dispatch_uid=f"pages_remember_status_{label}",
        )
        pre_save.connect(
            concurrency.refuse_second_decision,
            sender=model,
            dispatch_uid=f"pages_refuse_second_decision_{label}",
        )
        post_save.connect(
            concurrency.forget_loaded_status,
            sender=model,
            dispatch_uid=f"pages_forget_status_{label}",
        )
    pre_save.connect(
        concurrency.check_revision_save,
        sender=Revision,
        dispatch_uid="pages_check_revision_save",
    )
    pre_save.connect(concurrency.check_page_save, dispatch_uid="pages_check_page_save")
