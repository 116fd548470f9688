"""Who sits in a body: seats per representative group, chair rules, co-opted roles."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

from .base import HeadedBlock, HeadedValue


class CompositionRowBlock(blocks.StructBlock):
    party = blocks.CharBlock(
        required=False,
        max_length=100,
        label=_("Party"),
        help_text=_("The party the seats belong to, e.g. 'VGR' or 'Kommunerna'."),
    )
    group = blocks.CharBlock(max_length=255, label=_("Representative group"))
    members = blocks.IntegerBlock(required=False, min_value=0, label=_("Members"))
    deputies = blocks.IntegerBlock(required=False, min_value=0, label=_("Deputies"))
    of_which_count = blocks.IntegerBlock(
        required=False,
        min_value=0,
        label=_("Of which (number)"),
        help_text=_("For example 5 in '53, of which 5 from Göteborgs stad'."),
    )
    of_which_label = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Of which (who)"),
        help_text=_("For example 'Göteborgs stad'."),
    )
    defined_by_role = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Defined by role"),
        help_text=_(
            "For seats not given as a number, e.g. 'all heads of social services'."
        ),
    )
    appointed_by = blocks.CharBlock(
        required=False, max_length=255, label=_("Appointed by")
    )
    note = blocks.CharBlock(required=False, max_length=500, label=_("Note"))

    class Meta:
        icon = "user"
        label = _("Composition row")

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value.get("members") is None and not value.get("defined_by_role"):
            errors["members"] = ValidationError(
                _(
                    "Give the number of members, or describe the seats under "
                    "'Defined by role'."
                )
            )
        of_which = value.get("of_which_count")
        if of_which is not None:
            if value.get("members") is not None and of_which > value["members"]:
                errors["of_which_count"] = ValidationError(
                    _("'Of which' cannot be larger than the number of members.")
                )
            if not value.get("of_which_label"):
                errors["of_which_label"] = ValidationError(
                    _("Say who the 'of which' seats belong to.")
                )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class CompositionValue(HeadedValue):
    def total_members(self):
        return sum(row["members"] or 0 for row in self["rows"])

    def total_deputies(self):
        return sum(row["deputies"] or 0 for row in self["rows"])

    def has_deputies(self):
        return any(row["deputies"] is not None for row in self["rows"])

    def has_role_based_rows(self):
        return any(row["members"] is None for row in self["rows"])

    def has_parties(self):
        return any(row["party"] for row in self["rows"])

    def totals_by_party(self):
        """[(party, members, deputies)] in the order parties first appear."""
        totals = {}
        for row in self["rows"]:
            party = row["party"] or ""
            members, deputies = totals.get(party, (0, 0))
            totals[party] = (
                members + (row["members"] or 0),
                deputies + (row["deputies"] or 0),
            )
        return [(party, m, d) for party, (m, d) in totals.items()]

    def stated_total_mismatch(self):
        stated = self.get("stated_total")
        return stated is not None and stated != self.total_members()


class CompositionBlock(HeadedBlock):
    intro = blocks.TextBlock(required=False, label=_("Introduction"))
    rows = blocks.ListBlock(CompositionRowBlock(), min_num=1, label=_("Rows"))
    stated_total = blocks.IntegerBlock(
        required=False,
        min_value=0,
        label=_("Total stated in the text"),
        help_text=_(
            "If the text states a total (e.g. '12 members'), it is checked against "
            "the rows."
        ),
    )
    chair_rule = blocks.TextBlock(required=False, label=_("Chair"))
    vice_chair_rule = blocks.TextBlock(required=False, label=_("Vice chair"))
    co_opted = blocks.ListBlock(
        blocks.CharBlock(max_length=500, label=_("Co-opted role")),
        default=[],
        label=_("Co-opted"),
    )
    secretary = blocks.CharBlock(required=False, max_length=500, label=_("Secretary"))
    notes = blocks.ListBlock(
        blocks.TextBlock(label=_("Note")), default=[], label=_("Further notes")
    )

    class Meta:
        icon = "group"
        template = "governance_blocks/composition.html"
        label = _("Composition")
        default_heading = _("Composition")
        default_anchor = "sammansattning"
        value_class = CompositionValue
        preview_value = {
            "rows": [
                {
                    "party": "Kommunerna",
                    "group": "Kommun",
                    "members": 5,
                    "appointed_by": "VästKom",
                },
                {
                    "party": "VGR",
                    "group": "VGR",
                    "members": 5,
                    "appointed_by": "Koncernledning Hälso- och sjukvård",
                },
            ],
            "chair_rule": "Ordförandeskapet alternerar vartannat år mellan parterna.",
        }
