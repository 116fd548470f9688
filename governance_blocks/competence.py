"""Competence criteria and the nomination process for a body's members."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

from .base import HeadedBlock


def _criteria_list(label):
    return blocks.ListBlock(
        blocks.CharBlock(max_length=1000, label=_("Criterion")), default=[], label=label
    )


class CompetenceCriteriaBlock(HeadedBlock):
    required_criteria = _criteria_list(_("Required of every member"))
    meritorious = _criteria_list(_("Meritorious"))
    at_least_one_member = _criteria_list(_("Held by at least one member"))

    class Meta:
        icon = "pick"
        template = "governance_blocks/competence_criteria.html"
        label = _("Competence criteria")
        default_heading = _("Competence criteria")
        default_anchor = "kompetenskriterier"
        preview_value = {
            "required_criteria": ["Kunskap om hälso- och sjukvårdsprocessen"],
            "meritorious": ["Kunskap om den politiska processen"],
            "at_least_one_member": ["Medicinsk kompetens"],
        }

    def clean(self, value):
        value = super().clean(value)
        if not any(
            value.get(name)
            for name in ("required_criteria", "meritorious", "at_least_one_member")
        ):
            raise StructBlockValidationError(
                non_block_errors=[_("Add at least one competence criterion.")]
            )
        return value


class NominationGroupBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("For whom"),
        help_text=_("For example 'Chair and vice chair' or 'Members'."),
    )
    steps = blocks.ListBlock(
        blocks.CharBlock(max_length=1000, label=_("Step")), min_num=1, label=_("Steps")
    )

    class Meta:
        icon = "list-ol"
        label = _("Nomination group")


class NominationProcessBlock(HeadedBlock):
    intro = blocks.TextBlock(required=False, label=_("Introduction"))
    groups = blocks.ListBlock(
        NominationGroupBlock(), default=[], label=_("Who nominates whom")
    )
    leaving = blocks.TextBlock(
        required=False,
        label=_("Leaving an assignment"),
        help_text=_("How a representative leaves the assignment."),
    )

    class Meta:
        icon = "user"
        template = "governance_blocks/nomination_process.html"
        label = _("Nomination process")
        default_heading = _("Nomination process")
        default_anchor = "nomineringsprocess"
        preview_value = {
            "groups": [
                {
                    "title": "Ledamöter",
                    "steps": ["Respektive kommunalförbund nominerar."],
                }
            ],
            "leaving": "Representant aviserar till samordningsfunktionen.",
        }

    def clean(self, value):
        value = super().clean(value)
        if not (value.get("intro") or value.get("groups") or value.get("leaving")):
            raise StructBlockValidationError(
                non_block_errors=[_("Describe the nomination process.")]
            )
        return value
