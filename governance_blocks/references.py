"""References: statutes, related routines and governing documents."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

from .base import HeadedBlock


class LegalReferenceBlock(blocks.StructBlock):
    statute_id = blocks.CharBlock(
        required=False,
        max_length=100,
        label=_("Statute"),
        help_text=_(
            "For example 'Lag (2017:612)', 'SOSFS 2011:9' or 'HSLF-FS 2017:40'."
        ),
    )
    title = blocks.CharBlock(max_length=500, label=_("Title"))
    url = blocks.URLBlock(required=False, label=_("Link"))

    class Meta:
        icon = "doc-full"
        label = _("Legal reference")


class LegalReferencesBlock(HeadedBlock):
    items = blocks.ListBlock(LegalReferenceBlock(), min_num=1, label=_("References"))

    class Meta:
        icon = "doc-full-inverse"
        template = "governance_blocks/legal_references.html"
        label = _("Legal references")
        default_heading = _("References")
        default_anchor = "referenser"
        preview_value = {
            "items": [
                {
                    "statute_id": "Lag (2017:612)",
                    "title": "om samverkan vid utskrivning från sluten vård",
                }
            ]
        }


class RelatedRoutineBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(
        page_type="pages.RoutinePage", required=False, label=_("Routine on this site")
    )
    title = blocks.CharBlock(
        required=False,
        max_length=500,
        label=_("Title"),
        help_text=_(
            "For a routine published elsewhere, or to override the page title."
        ),
    )
    url = blocks.URLBlock(required=False, label=_("Link"))

    class Meta:
        icon = "link"
        label = _("Related routine")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("title"):
            raise StructBlockValidationError(
                block_errors={
                    "title": ValidationError(_("Choose a routine or give its title."))
                }
            )
        return value


class RelatedRoutinesBlock(HeadedBlock):
    items = blocks.ListBlock(RelatedRoutineBlock(), min_num=1, label=_("Routines"))

    class Meta:
        icon = "link"
        template = "governance_blocks/related_routines.html"
        label = _("Related routines")
        default_heading = _("Related routines")
        default_anchor = "relaterade-rutiner"


DOCUMENT_KINDS = [
    ("agreement", _("Agreement")),
    ("reglemente", _("Reglemente (statutes)")),
    ("delegation", _("Delegation rules")),
    ("service_catalogue", _("Service catalogue")),
    ("price_list", _("Price list")),
    ("minutes", _("Minutes")),
    ("other", _("Other")),
]
DOCUMENT_STATUSES = [
    ("in_force", _("In force")),
    ("replaced", _("Replaced")),
    ("revoked", _("Revoked")),
]


class GoverningDocumentValue(blocks.StructValue):
    def kind_label(self):
        return dict(DOCUMENT_KINDS).get(self.get("kind"), "")

    def status_label(self):
        return dict(DOCUMENT_STATUSES).get(self.get("status"), "")


class GoverningDocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Title"),
        help_text=_("Leave empty to use the document's title."),
    )
    kind = blocks.ChoiceBlock(
        choices=DOCUMENT_KINDS, default="agreement", label=_("Kind")
    )
    status = blocks.ChoiceBlock(
        choices=DOCUMENT_STATUSES, default="in_force", label=_("Status")
    )
    valid_from = blocks.DateBlock(required=False, label=_("Valid from"))
    valid_to = blocks.DateBlock(required=False, label=_("Valid to"))

    class Meta:
        icon = "doc-full"
        label = _("Governing document")
        value_class = GoverningDocumentValue

    def clean(self, value):
        value = super().clean(value)
        start, end = value.get("valid_from"), value.get("valid_to")
        if start and end and end < start:
            raise StructBlockValidationError(
                block_errors={
                    "valid_to": ValidationError(
                        _("The end date is before the start date.")
                    )
                }
            )
        return value


class GoverningDocumentsBlock(HeadedBlock):
    items = blocks.ListBlock(GoverningDocumentBlock(), min_num=1, label=_("Documents"))

    class Meta:
        icon = "folder-open-inverse"
        template = "governance_blocks/governing_documents.html"
        label = _("Governing documents")
        default_heading = _("Governing documents")
        default_anchor = "styrande-dokument"
