"""Guidance tables: situations, representative worksheets, glossary terms."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .base import HeadedBlock, HeadedValue, make_anchor


class SituationRowBlock(blocks.StructBlock):
    situation = blocks.TextBlock(label=_("Situation"))
    activities = blocks.ListBlock(
        blocks.CharBlock(max_length=1000, label=_("Activity")),
        min_num=1,
        label=_("Suggested activities"),
    )

    class Meta:
        icon = "list-ul"
        label = _("Situation")


class SituationTableBlock(HeadedBlock):
    intro = blocks.TextBlock(required=False, label=_("Introduction"))
    rows = blocks.ListBlock(SituationRowBlock(), min_num=1, label=_("Situations"))
    competences = blocks.ListBlock(
        blocks.CharBlock(max_length=1000, label=_("Competence")),
        default=[],
        label=_("Suggested competences"),
    )

    class Meta:
        icon = "table"
        template = "governance_blocks/situation_table.html"
        label = _("Situation table")
        default_heading = _("Situations and suggested activities")
        default_anchor = "situationer"
        preview_value = {
            "rows": [
                {
                    "situation": "Ett nytt hjälpmedel finns i sortimentet",
                    "activities": [
                        "Identifiera berörda enheter",
                        "Ta fram plan för införande",
                    ],
                }
            ],
            "competences": ["Hjälpmedelssamordnare", "Chef med beslutsmandat"],
        }


class WorksheetRowBlock(blocks.StructBlock):
    group = blocks.CharBlock(max_length=255, label=_("Group"))
    body = blocks.PageChooserBlock(
        page_type="pages.BodyPage",
        required=False,
        label=_("Body on this site"),
        help_text=_("Links the row to the body's page."),
    )

    class Meta:
        icon = "user"
        label = _("Row")


class RepresentativeWorksheetBlock(HeadedBlock):
    intro = blocks.TextBlock(required=False, label=_("Introduction"))
    group_column = blocks.CharBlock(
        max_length=100,
        default="Grupp i samarbetsorganisationen",
        label=_("First column"),
    )
    name_column = blocks.CharBlock(
        max_length=100, default="Namn på vår representant", label=_("Second column")
    )
    rows = blocks.ListBlock(WorksheetRowBlock(), default=[], label=_("Rows"))
    blank_rows = blocks.IntegerBlock(
        required=False,
        min_value=0,
        max_value=30,
        default=0,
        label=_("Empty rows to fill in"),
    )

    class Meta:
        icon = "form"
        template = "governance_blocks/representative_worksheet.html"
        label = _("Representative worksheet")
        default_heading = _("Our representatives")
        default_anchor = "vara-representanter"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["blank_range"] = range(value.get("blank_rows") or 0)
        return context


class GlossaryTermValue(HeadedValue):
    def heading_text(self):
        return self.get("term", "")

    def anchor(self):
        return make_anchor(self.get("term", ""))


class GlossaryTermBlock(blocks.StructBlock):
    term = blocks.CharBlock(max_length=255, label=_("Term"))
    description = blocks.TextBlock(label=_("Description"))
    link = blocks.URLBlock(required=False, label=_("Link for more information"))
    link_text = blocks.CharBlock(required=False, max_length=255, label=_("Link text"))

    class Meta:
        icon = "help"
        template = "governance_blocks/glossary_term.html"
        label = _("Glossary term")
        value_class = GlossaryTermValue
        preview_value = {
            "term": "Huvudman",
            "description": "Den region eller kommun som ansvarar för vården.",
        }
