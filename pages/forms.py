"""The page editor's form: every submitted or published change states what it is."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page

from .concurrency import EXPECTED_REVISION

#: Buttons in Wagtail's page editor that send a change towards the public.
PUBLISHING_ACTIONS = ("action-submit", "action-publish", "action-workflow-action")


class GovernancePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page = self.instance
        starting_new_change = page.pk and page.live and not page.has_unpublished_changes
        if starting_new_change and not self.is_bound:
            # The last change was published: this edit is a new change.
            self.initial["change_type"] = ""
            self.initial["change_summary"] = ""

    def clean(self):
        cleaned_data = super().clean()
        self._refuse_silent_overwrite()
        if any(self.data.get(action) for action in PUBLISHING_ACTIONS):
            if not cleaned_data.get("change_type"):
                self.add_error(
                    "change_type",
                    ValidationError(
                        _("Say whether the change is editorial or substantive."),
                        code="required",
                    ),
                )
            if not (cleaned_data.get("change_summary") or "").strip():
                self.add_error(
                    "change_summary",
                    ValidationError(
                        _(
                            "Summarise what changed; it is shown in the public "
                            "change log."
                        ),
                        code="required",
                    ),
                )
        return cleaned_data

    def _refuse_silent_overwrite(self):
        """Someone saved the page after this editor opened it: say so instead of
        overwriting their work. The form comes back with this editor's input and the
        newer version's id, so saving again is a deliberate choice."""
        loaded = self.data.get("loaded_revision_id")
        if not (loaded and self.instance.pk):
            return
        latest = (
            Page.objects.filter(pk=self.instance.pk)
            .values_list("latest_revision_id", flat=True)
            .first()
        )
        if (
            latest
            and str(latest) != str(loaded)
            and not self._only_own_autosaves(loaded)
        ):
            raise ValidationError(
                _(
                    "Someone else saved this page after you opened it. Your changes "
                    "are kept below but not saved: compare them with the newer "
                    "version (open the page in a new tab), then save again to "
                    "replace it."
                ),
                code="stale",
            )
        # Checked again under a lock when the page is written (pages.concurrency):
        # another save may land between this check and the write.
        setattr(self.instance, EXPECTED_REVISION, latest)

    def _only_own_autosaves(self, loaded):
        """Whether every revision since the loaded one is this editor's own: Wagtail's
        autosave saves the editor's work as revisions while the form still names the
        revision it was opened with. Those are no one else's work to overwrite."""
        user = getattr(self, "for_user", None)
        if user is None or user.pk is None or not str(loaded).isdigit():
            return False
        newer = self.instance.revisions.filter(pk__gt=int(loaded))
        return not newer.exclude(user_id=user.pk).exists()
