"""Guidance (stödmaterial) and the glossary (begrepp)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from governance_blocks.stream import GlossaryStreamBlock, GuidanceStreamBlock

from .base import GovernancePage


class GuidancePage(GovernancePage):
    content = StreamField(GuidanceStreamBlock(), blank=True, verbose_name=_("content"))

    content_panels = [*GovernancePage.content_panels, FieldPanel("content")]
    search_fields = [*GovernancePage.search_fields, index.SearchField("content")]
    api_fields = [*GovernancePage.api_fields, APIField("content")]

    parent_page_types = ["pages.OrganisationPage", "pages.SpecificationPage"]
    subpage_types = []
    show_in_menus_default = True

    class Meta:
        verbose_name = _("guidance")
        verbose_name_plural = _("guidance pages")


class GlossaryPage(GovernancePage):
    content = StreamField(GlossaryStreamBlock(), blank=True, verbose_name=_("terms"))

    content_panels = [*GovernancePage.content_panels, FieldPanel("content")]
    search_fields = [*GovernancePage.search_fields, index.SearchField("content")]
    api_fields = [*GovernancePage.api_fields, APIField("content")]

    parent_page_types = ["pages.OrganisationPage"]
    subpage_types = []
    show_in_menus_default = True

    class Meta:
        verbose_name = _("glossary")
        verbose_name_plural = _("glossaries")

    def terms(self):
        """Terms in alphabetical order (Swedish collation of å, ä, ö)."""
        return sorted(
            (child.value for child in self.content),
            key=lambda term: _swedish_key(term["term"]),
        )


_SWEDISH_ORDER = str.maketrans(
    {"å": "{", "ä": "|", "ö": "}", "Å": "{", "Ä": "|", "Ö": "}"}
)


def _swedish_key(text):
    return text.lower().translate(_SWEDISH_ORDER)
