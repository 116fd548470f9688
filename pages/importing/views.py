"""The admin's upload form: import a document as drafts under a page."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from .document import MAX_BYTES, MAX_SIZE_LABEL, DocumentError
from .drafts import PAGE_TYPES, import_document

TYPE_CHOICES = [
    ("", gettext_lazy("Guess from the document")),
    *((name, model._meta.verbose_name) for name, model in PAGE_TYPES.items()),
]


class ImportDocumentForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Document"),
        help_text=gettext_lazy(
            "A Word (.docx), HTML or text file of at most %(limit)s."
        )
        % {"limit": MAX_SIZE_LABEL},
    )
    page_type = forms.ChoiceField(
        choices=TYPE_CHOICES, required=False, label=gettext_lazy("Import as")
    )
    title = forms.CharField(
        required=False,
        max_length=255,
        label=gettext_lazy("Title"),
        help_text=gettext_lazy("Leave empty to take the title from the document."),
    )
    again = forms.BooleanField(
        required=False,
        label=gettext_lazy("Import as a new copy"),
        help_text=gettext_lazy(
            "Even if this file has already been imported here: creates new drafts."
        ),
    )


class ImportDocumentView(WagtailAdminTemplateMixin, FormView):
    """Upload a document; its pages are created as drafts under the page, which the
    editor then submits through the approval workflow."""

    form_class = ImportDocumentForm
    template_name = "pages/admin/import_document.html"
    page_title = gettext_lazy("Import a document")
    header_icon = "doc-full-inverse"

    def dispatch(self, request, parent_id):
        self.parent = get_object_or_404(Page, pk=parent_id).specific
        if not self.parent.permissions_for_user(request.user).can_add_subpage():
            raise PermissionDenied
        return super().dispatch(request, parent_id)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailadmin_explore", args=[self.parent.pk]),
                "label": self.parent.get_admin_display_title(),
            },
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            parent=self.parent,
            action_url=self.request.path,
            submit_button_label=_("Import as drafts"),
            submit_button_active_label=_("Importing…"),
            **kwargs,
        )

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            form.add_error(
                "file",
                _(
                    "The file is larger than %(limit)s, the largest file that can be "
                    "imported."
                )
                % {"limit": MAX_SIZE_LABEL},
            )
            return self.form_invalid(form)
        try:
            with transaction.atomic():
                report = import_document(
                    upload.name,
                    upload.read(),
                    self.parent,
                    page_type=form.cleaned_data["page_type"],
                    user=self.request.user,
                    again=form.cleaned_data["again"],
                    title=form.cleaned_data["title"],
                )
        except DocumentError as error:
            form.add_error("file", str(error))
            return self.form_invalid(form)
        return self.render_to_response(
            self.get_context_data(form=self.form_class(), report=report)
        )
