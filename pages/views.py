"""Admin views of the governance pages."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page
from wagtail_localize.views import convert

from .models import ChangeType
from .translations import (
    can_submit_translation,
    submit_for_approval,
    synced_translation,
)


class SubmitTranslationForm(forms.Form):
    change_type = forms.ChoiceField(
        choices=ChangeType.choices,
        widget=forms.RadioSelect,
        label=gettext_lazy("Change type"),
        help_text=gettext_lazy(
            "Editorial changes are approved in preparation; substantive changes also "
            "need the deciding body."
        ),
    )
    change_summary = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        label=gettext_lazy("What changed"),
        help_text=gettext_lazy("One or two sentences for the public change log."),
    )


class SubmitTranslationView(WagtailAdminTemplateMixin, FormView):
    """Submit a synced translation (edited in wagtail-localize's translation editor)
    to the page's approval workflow, with the change's type and summary."""

    form_class = SubmitTranslationForm
    template_name = "pages/admin/submit_translation.html"
    page_title = gettext_lazy("Submit translation for approval")
    header_icon = "tasks"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        self.translation = synced_translation(self.page)
        if self.translation is None:
            raise Http404
        if not can_submit_translation(self.page, request.user):
            raise PermissionDenied
        return super().dispatch(request, page_id)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(
                    "wagtailadmin_explore", args=[self.page.get_parent().pk]
                ),
                "label": self.page.get_admin_display_title(),
            },
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        total, translated = self.translation.get_progress()
        return super().get_context_data(
            page=self.page,
            workflow=self.page.get_workflow(),
            in_progress=self.page.current_workflow_state,
            total_strings=total,
            translated_strings=translated,
            translation_editor_url=reverse(
                "wagtailadmin_pages:edit", args=[self.page.pk]
            ),
            action_url=self.request.path,
            submit_button_label=_("Submit for approval"),
            submit_button_active_label=_("Submitting…"),
            **kwargs,
        )

    def form_valid(self, form):
        try:
            submit_for_approval(
                self.translation,
                self.request.user,
                form.cleaned_data["change_type"],
                form.cleaned_data["change_summary"],
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("'%(title)s' has been submitted for approval.")
            % {"title": self.page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_explore", self.page.get_parent().pk)


def convert_to_alias(request, page_id):
    """wagtail-localize's "Convert to alias page", for users who may publish the
    page only: it makes the translation show the source page's latest revision,
    approved or not, at once, which is a publication without the workflow."""
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)
