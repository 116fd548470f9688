"""The site's home page and the organisation (one collaboration's tree)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from ..queries import public_children
from .accessibility import AccessibilityStatementPage
from .base import GovernancePage


class HomePage(GovernancePage):
    """The site root: lists the collaboration organisations hosted here."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["pages.OrganisationPage", "pages.AccessibilityStatementPage"]
    stream_field_name = None

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["organisations"] = public_children(self, OrganisationPage)
        return context


class OrganisationPage(GovernancePage):
    """The root of one collaboration, e.g. 'Hjälpmedel i Västra Götaland'."""

    is_organisation = True

    short_name = models.CharField(
        max_length=50,
        blank=True,
        verbose_name=_("short name"),
        help_text=_("For example 'VG' or 'Halland'; used where space is short."),
    )
    region = models.CharField(
        max_length=100,
        blank=True,
        verbose_name=_("region or county"),
        help_text=_("The region whose principals collaborate, e.g. 'Västra Götaland'."),
    )
    members = models.TextField(
        blank=True,
        verbose_name=_("member organisations"),
        help_text=_("The principals in the collaboration, one per line."),
    )

    content_panels = [
        *GovernancePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("short_name"), FieldPanel("region"), FieldPanel("members")],
            heading=_("Organisation"),
        ),
    ]
    search_fields = [*GovernancePage.search_fields, index.SearchField("region")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = [
        "pages.SpecificationPage",
        "pages.RoutinePage",
        "pages.GuidancePage",
        "pages.GlossaryPage",
        "pages.AccessibilityStatementPage",
    ]
    stream_field_name = None

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def member_list(self):
        return [line.strip() for line in self.members.splitlines() if line.strip()]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["documents"] = [
            page
            for page in public_children(self)
            if not isinstance(page, AccessibilityStatementPage)
        ]
        return context
