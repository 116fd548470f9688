"""A body's mandate: what it may decide, within which scope and money limit."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .base import HeadedBlock


class MandateItemValue(blocks.StructValue):
    def has_money_limit(self):
        return self.get("money_limit") is not None


class MandateItemBlock(blocks.StructBlock):
    decision = blocks.TextBlock(label=_("What may be decided"))
    scope = blocks.CharBlock(required=False, max_length=255, label=_("Scope"))
    topic = blocks.CharBlock(
        required=False,
        max_length=100,
        label=_("Topic"),
        help_text=_(
            "For example 'IT', 'Assortment', 'Economy'; used to filter mandates."
        ),
    )
    money_limit = blocks.IntegerBlock(
        required=False,
        min_value=0,
        label=_("Money limit (SEK)"),
        help_text=_("Whole kronor, without spaces: 50000 is shown as 50 000 kr."),
    )

    class Meta:
        icon = "success"
        label = _("Mandate item")
        value_class = MandateItemValue

    def get_searchable_content(self, value):
        content = super().get_searchable_content(value)
        if value.get("money_limit") is not None:
            # Readers search for "50 000" as well as "50000".
            content.append(f"{value['money_limit']:,}".replace(",", " ") + " kr")
        return content


class MandateBlock(HeadedBlock):
    intro = blocks.TextBlock(required=False, label=_("Introduction"))
    items = blocks.ListBlock(MandateItemBlock(), min_num=1, label=_("Mandate items"))

    class Meta:
        icon = "success"
        template = "governance_blocks/mandate.html"
        label = _("Mandate")
        default_heading = _("Mandate")
        default_anchor = "mandat"
        preview_value = {
            "items": [
                {
                    "decision": "Fatta beslut om anpassning gällande IT-stöd",
                    "scope": "Beredningsgrupp IT-stöd",
                    "topic": "IT",
                    "money_limit": 50000,
                }
            ]
        }
