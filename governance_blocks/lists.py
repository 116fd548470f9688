"""A body's assignment and responsibilities, checklists and reflection questions."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .base import HeadedBlock, ItemListBlock


class AssignmentBlock(ItemListBlock):
    class Meta:
        icon = "tasks"
        template = "governance_blocks/assignment.html"
        label = _("Assignment")
        default_heading = _("Assignment")
        default_anchor = "uppdrag"
        preview_value = {
            "intro": "Uppdraget är att",
            "items": [
                "främja samverkan mellan huvudmännen",
                "bevaka strategiska frågor",
            ],
        }


class ResponsibilitiesBlock(ItemListBlock):
    class Meta:
        icon = "list-ul"
        template = "governance_blocks/responsibilities.html"
        label = _("Responsibilities")
        default_heading = _("Responsibilities")
        default_anchor = "ansvar"
        preview_value = {
            "items": ["hantera principiella frågor", "verka för fungerande IT-stöd"]
        }


class ChecklistItemBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=1000, label=_("Text"))
    sub_items = blocks.ListBlock(
        blocks.CharBlock(max_length=1000, label=_("Sub-item")),
        default=[],
        label=_("Sub-items"),
    )

    class Meta:
        icon = "check"
        label = _("Item")


class ChecklistBlock(HeadedBlock):
    KIND_CHOICES = [
        ("checklist", _("Checklist")),
        ("questions", _("Reflection questions")),
    ]
    kind = blocks.ChoiceBlock(
        choices=KIND_CHOICES, default="questions", label=_("Kind")
    )
    intro = blocks.TextBlock(required=False, label=_("Introduction"))
    items = blocks.ListBlock(ChecklistItemBlock(), min_num=1, label=_("Items"))

    class Meta:
        icon = "tick-inverse"
        template = "governance_blocks/checklist.html"
        label = _("Checklist or reflection questions")
        default_heading = _("Reflection questions")
        default_anchor = "reflektionsfragor"
        preview_value = {
            "kind": "questions",
            "items": [
                {"text": "Vilka har mandat att fatta dessa beslut?", "sub_items": []}
            ],
        }
