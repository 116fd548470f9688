"""A governing document (specifikation, regelverk, överenskommelse) and its bodies."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.search import index

from governance_blocks.stream import SpecificationStreamBlock

from .. import printing
from ..queries import public_children
from .base import GovernancePage


class SpecificationPage(GovernancePage):
    owner_name = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("owner"),
        help_text=_("Who owns the document, e.g. 'Samarbetsorganisationen'."),
    )
    valid_from = models.DateField(null=True, blank=True, verbose_name=_("valid from"))
    valid_to = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("valid to"),
        help_text=_("End of the agreement period; leave empty if open-ended."),
    )
    content = StreamField(
        SpecificationStreamBlock(), blank=True, verbose_name=_("content")
    )

    content_panels = [
        *GovernancePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("owner_name"),
                FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_to")]),
            ],
            heading=_("Validity and ownership"),
        ),
        FieldPanel("content"),
    ]
    search_fields = [
        *GovernancePage.search_fields,
        index.SearchField("content"),
        index.SearchField("owner_name"),
    ]
    api_fields = [
        *GovernancePage.api_fields,
        APIField("owner_name"),
        APIField("valid_from"),
        APIField("valid_to"),
        APIField("content"),
    ]

    parent_page_types = ["pages.OrganisationPage"]
    subpage_types = ["pages.BodyPage", "pages.RoutinePage", "pages.GuidancePage"]
    show_in_menus_default = True
    change_log_covers_subtree = True

    class Meta:
        verbose_name = _("specification")
        verbose_name_plural = _("specifications")

    def clean(self):
        super().clean()
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValidationError(
                {"valid_to": _("The agreement period cannot end before it starts.")}
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = public_children(self)
        context["bodies"] = [c for c in children if getattr(c, "is_body", False)]
        context["other_children"] = [
            c for c in children if not getattr(c, "is_body", False)
        ]
        url = self.get_url(request)
        if url and self.live and not kwargs.get("version_entry"):
            context["print_url"] = url + self.reverse_subpage("print")
            context["pdf_url"] = url + self.reverse_subpage("print_pdf")
        return context

    # The whole specification for print and as a PDF (pages.printing).

    @path("utskrift/", name="print")
    def print_route(self, request):
        return printing.print_view(self, request)

    @path("utskrift/pdf/", name="print_pdf")
    def print_pdf_route(self, request):
        return printing.pdf_view(self, request)
