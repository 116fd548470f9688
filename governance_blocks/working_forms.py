"""How a body works: meetings, notice, decision rule, quorum and minutes."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

from .base import HeadedBlock, HeadedValue

PERIOD_CHOICES = [
    ("year", _("per year")),
    ("term", _("per term")),
]


class WorkingFormsValue(HeadedValue):
    def meeting_frequency(self):
        """'6–8 times per year', 'at least 6 times per year', or '' when not stated."""
        low, high = self.get("meetings_min"), self.get("meetings_max")
        period = dict(PERIOD_CHOICES).get(self.get("meetings_period") or "year")
        if low is None and high is None:
            return ""
        if low is not None and high is not None and low != high:
            return _("%(low)s–%(high)s times %(period)s") % {
                "low": low,
                "high": high,
                "period": period,
            }
        if low is not None and high is not None:
            return ngettext(
                "%(count)s time %(period)s", "%(count)s times %(period)s", low
            ) % {"count": low, "period": period}
        if low is not None:
            return ngettext(
                "at least %(count)s time %(period)s",
                "at least %(count)s times %(period)s",
                low,
            ) % {"count": low, "period": period}
        return ngettext(
            "at most %(count)s time %(period)s",
            "at most %(count)s times %(period)s",
            high,
        ) % {"count": high, "period": period}


class WorkingFormsBlock(HeadedBlock):
    intro = blocks.TextBlock(required=False, label=_("Introduction"))
    meetings_min = blocks.IntegerBlock(
        required=False, min_value=0, label=_("Meetings, at least")
    )
    meetings_max = blocks.IntegerBlock(
        required=False, min_value=0, label=_("Meetings, at most")
    )
    meetings_period = blocks.ChoiceBlock(
        choices=PERIOD_CHOICES, default="year", label=_("Meetings counted")
    )
    meetings_note = blocks.CharBlock(
        required=False,
        max_length=500,
        label=_("About the meetings"),
        help_text=_("For example 'as needed, in connection with the presidium'."),
    )
    extra_meetings = blocks.CharBlock(
        required=False, max_length=500, label=_("Extra meetings")
    )
    notice = blocks.CharBlock(
        required=False, max_length=500, label=_("Notice and agenda")
    )
    decision_rule = blocks.TextBlock(required=False, label=_("Decision rule"))
    quorum = blocks.TextBlock(required=False, label=_("Quorum"))
    chair = blocks.CharBlock(required=False, max_length=500, label=_("Chair"))
    minutes = blocks.TextBlock(required=False, label=_("Minutes"))
    other = blocks.ListBlock(
        blocks.CharBlock(max_length=1000, label=_("Item")),
        default=[],
        label=_("Other working forms"),
    )

    class Meta:
        icon = "calendar-check"
        template = "governance_blocks/working_forms.html"
        label = _("Working forms")
        default_heading = _("Working forms")
        default_anchor = "arbetsformer"
        value_class = WorkingFormsValue
        preview_value = {
            "meetings_min": 6,
            "meetings_period": "year",
            "extra_meetings": "Ordförande kan kalla till ytterligare möten vid behov.",
            "decision_rule": "Alla beslut ska ske i enighet.",
        }

    def clean(self, value):
        value = super().clean(value)
        low, high = value.get("meetings_min"), value.get("meetings_max")
        if low is not None and high is not None and low > high:
            raise StructBlockValidationError(
                block_errors={
                    "meetings_max": ValidationError(
                        _("The most meetings cannot be fewer than the least meetings.")
                    )
                }
            )
        return value
