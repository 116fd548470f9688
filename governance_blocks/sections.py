"""Text sections with citable anchors: free sections, a routine's standard sections,
communication and follow-up."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .base import HeadedBlock, HeadedValue

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class SectionBlock(HeadedBlock):
    heading = blocks.CharBlock(max_length=255, label=_("Heading"))
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))

    class Meta:
        icon = "title"
        template = "governance_blocks/section.html"
        label = _("Section")
        preview_value = {"heading": "Bakgrund", "body": "<p>Tidigare struktur …</p>"}


STANDARD_SECTION_ANCHORS = {
    "background": "bakgrund",
    "link": "lank",
    "implementation": "genomforande",
    "documentation": "dokumentation",
    "communication": "kommunikation",
    "follow_up": "uppfoljning",
    "deviations": "avvikelser",
    "responsibilities": "ansvar",
    "goals": "mal",
}

STANDARD_SECTIONS = [
    ("background", _("Background")),
    ("link", _("Link to regional or cross-organisational routine")),
    ("implementation", _("Implementation")),
    ("documentation", _("Documentation")),
    ("communication", _("Communication")),
    ("follow_up", _("Follow-up")),
    ("deviations", _("Deviations")),
    ("responsibilities", _("Responsibilities")),
    ("goals", _("Goals")),
]


class StandardSectionValue(HeadedValue):
    def heading_text(self):
        return self.get("heading") or dict(STANDARD_SECTIONS).get(self.get("kind"), "")

    def anchor(self):
        if self.get("anchor") or self.get("heading"):
            return super().anchor()
        return STANDARD_SECTION_ANCHORS.get(self.get("kind"), "")


class StandardSectionBlock(HeadedBlock):
    """One of a routine's standard sections (Bakgrund, Genomförande, Uppföljning …)."""

    kind = blocks.ChoiceBlock(choices=STANDARD_SECTIONS, label=_("Section"))
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))

    class Meta:
        icon = "doc-full"
        template = "governance_blocks/section.html"
        label = _("Standard section")
        value_class = StandardSectionValue
        preview_value = {
            "kind": "follow_up",
            "body": "<p>Följs upp minst en gång per år.</p>",
        }


class CommunicationBlock(HeadedBlock):
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))

    class Meta:
        icon = "mail"
        template = "governance_blocks/section.html"
        label = _("Communication")
        default_heading = _("Communication")
        default_anchor = "kommunikation"
        preview_value = {"body": "<p>Representanterna ansvarar för informationen.</p>"}


class FollowUpBlock(HeadedBlock):
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))
    reports_to = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Reports to"),
        help_text=_("Who receives the follow-up, e.g. 'SRO'."),
    )
    frequency = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("How often"),
        help_text=_("For example 'yearly'."),
    )

    class Meta:
        icon = "history"
        template = "governance_blocks/follow_up.html"
        label = _("Follow-up")
        default_heading = _("Follow-up")
        default_anchor = "uppfoljning"
        preview_value = {
            "body": "<p>Arbetet följs årligen genom rapport.</p>",
            "reports_to": "SRO",
            "frequency": "årligen",
        }


class ParagraphBlock(blocks.RichTextBlock):
    """Running text without a heading of its own."""

    class Meta:
        icon = "pilcrow"
        template = "governance_blocks/paragraph.html"
        label = _("Text")
