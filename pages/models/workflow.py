"""The decision step of the approval workflow.

Preparation is Wagtail's own GroupApprovalTask. The decision task below is skipped for
editorial changes, and for substantive ones the approver records the decision
reference and the deciding body (one of the organisation's bodies).
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask, Page, TaskState

from ..concurrency import lock_in_progress
from .body import BodyPage
from .changelog import ChangeType


class DecisionTaskState(TaskState):
    decision_reference = models.CharField(
        max_length=255, blank=True, verbose_name=_("decision reference")
    )
    deciding_body = models.ForeignKey(
        "pages.BodyPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("decided by"),
    )

    class Meta:
        verbose_name = _("decision task state")
        verbose_name_plural = _("decision task states")


class DecisionForm(forms.Form):
    comment = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 2}), label=_("Comment")
    )
    decision_reference = forms.CharField(
        max_length=255,
        label=_("Decision reference"),
        help_text=_("For example 'Ledningsrådet 2026-03-12 § 4'."),
    )
    deciding_body = forms.ModelChoiceField(
        queryset=Page.objects.none(), label=_("Decided by")
    )

    def __init__(self, *args, bodies=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["deciding_body"].queryset = bodies

    def clean_deciding_body(self):
        # The body's id, not the page: from the page editor Wagtail sends the cleaned
        # data to the browser as JSON and back with the edit form.
        return self.cleaned_data["deciding_body"].pk


class DecisionTask(GroupApprovalTask):
    """Approval by the body that holds the mandate; skipped for editorial changes."""

    organisation = models.ForeignKey(
        "pages.OrganisationPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("organisation"),
        help_text=_("The deciding body is chosen among this organisation's bodies."),
    )

    admin_form_fields = [*GroupApprovalTask.admin_form_fields, "organisation"]
    task_state_class = DecisionTaskState

    class Meta:
        verbose_name = _("decision task")
        verbose_name_plural = _("decision tasks")

    @classmethod
    def get_description(cls):
        return _(
            "The deciding body's approvers record the decision; editorial changes "
            "skip this step."
        )

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        revision_page = task_state.revision.as_object()
        if getattr(revision_page, "change_type", "") != ChangeType.SUBSTANTIVE:
            task_state.status = TaskState.STATUS_SKIPPED
            task_state.finished_at = task_state.started_at
            task_state.save(update_fields=["status", "finished_at"])
        return task_state

    def get_actions(self, obj, user):
        if user.is_superuser or self._user_in_groups(user):
            return [
                ("reject", _("Request changes"), True),
                ("approve", _("Approve with decision"), True),
            ]
        return []

    def deciding_bodies(self):
        bodies = BodyPage.objects.live()
        if self.organisation_id:
            bodies = bodies.descendant_of(self.organisation)
        return bodies.order_by("path")

    def get_form_for_action(self, action):
        if action != "approve":
            return super().get_form_for_action(action)
        bodies = self.deciding_bodies()

        class BoundDecisionForm(DecisionForm):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, bodies=bodies, **kwargs)

        return BoundDecisionForm

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        # Two approvers at once: the second waits here, then finds it decided.
        lock_in_progress(task_state)
        if action_name == "approve":
            # From the page editor these values come back from the browser: check
            # them again.
            state = task_state.specific
            body_id = kwargs.pop("deciding_body", None)
            reference = str(kwargs.pop("decision_reference", "") or "").strip()
            body_id = getattr(body_id, "pk", body_id)
            if not (isinstance(body_id, int) and 0 < len(reference) <= 255):
                raise PermissionDenied
            if not self.deciding_bodies().filter(pk=body_id).exists():
                raise PermissionDenied
            state.decision_reference = reference
            state.deciding_body_id = body_id
            state.save(update_fields=["decision_reference", "deciding_body"])
            state.approve(user=user, **kwargs)
            return None
        return super().on_action(task_state, user, action_name, **kwargs)
