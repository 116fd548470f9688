"""Rules written as numbered paragraphs (§ 1, § 2 …) that other documents cite."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .base import HeadedBlock, HeadedValue
from .sections import RICH_TEXT_FEATURES


class NumberedParagraphBlock(blocks.StructBlock):
    number = blocks.CharBlock(
        required=False,
        max_length=20,
        label=_("Number"),
        help_text=_("Leave empty to number automatically (1, 2, 3 …)."),
    )
    heading = blocks.CharBlock(required=False, max_length=255, label=_("Heading"))
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))

    class Meta:
        icon = "list-ol"
        label = _("Paragraph")


class NumberedParagraphsValue(HeadedValue):
    def numbered(self):
        """[(number, anchor, paragraph)] with numbers and citable anchors filled in."""
        prefix = self.anchor() or "p"
        result = []
        for position, paragraph in enumerate(self["paragraphs"], start=1):
            number = paragraph["number"] or str(position)
            result.append((number, f"{prefix}-{number}".replace(" ", ""), paragraph))
        return result


class NumberedParagraphsBlock(HeadedBlock):
    sign = blocks.CharBlock(
        max_length=5, default="§", label=_("Sign before the number")
    )
    paragraphs = blocks.ListBlock(
        NumberedParagraphBlock(), min_num=1, label=_("Paragraphs")
    )

    class Meta:
        icon = "list-ol"
        template = "governance_blocks/numbered_paragraphs.html"
        label = _("Numbered paragraphs")
        default_heading = _("Rules")
        default_anchor = "paragrafer"
        value_class = NumberedParagraphsValue
        preview_value = {
            "paragraphs": [
                {
                    "number": "",
                    "heading": "Ändamål",
                    "text": "<p>Nämnden ansvarar för …</p>",
                }
            ]
        }
