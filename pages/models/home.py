"""The site's home page and the organisation (one collaboration's tree)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.search import index

from .. import mandates, orgchart
from ..queries import public_children
from ..representation import views as representation
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
    api_fields = [
        *GovernancePage.api_fields,
        APIField("short_name"),
        APIField("region"),
        APIField("member_list"),
    ]

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
        url = self.url
        context["member_list_url"] = url + self.reverse_subpage("member_list")
        context["open_data_urls"] = {
            "popolo": url + self.reverse_subpage("popolo"),
            "composition": url + self.reverse_subpage("composition_csv"),
            "mandates": url + self.reverse_subpage("mandate_csv"),
        }
        return context

    # The chart and the mandates are drawn from the bodies on every request, so a
    # body added, moved or unpublished shows at once. The Swedish slugs are part of
    # the addresses readers cite, in every language.

    @path("organisationsschema/", name="org_chart")
    def org_chart_route(self, request):
        return orgchart.org_chart_view(self, request)

    @path("vem-beslutar/", name="who_decides")
    def who_decides_route(self, request):
        return mandates.who_decides_view(self, request)

    # The register of representatives and the open data (pages.representation).

    @path("representation/", name="member_list")
    def member_list_route(self, request):
        return representation.member_list_view(self, request)

    @path("representation/<slug:slug>/", name="member")
    def member_route(self, request, slug):
        return representation.member_view(self, request, slug)

    @path("oppna-data/popolo/", name="popolo")
    def popolo_route(self, request):
        return representation.popolo_view(self, request)

    @path("oppna-data/sammansattning/", name="composition_csv")
    def composition_csv_route(self, request):
        return representation.composition_csv_view(self, request)

    @path("oppna-data/mandat/", name="mandate_csv")
    def mandate_csv_route(self, request):
        return representation.mandate_csv_view(self, request)
