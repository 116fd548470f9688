"""Shared pieces: headed blocks with citable anchors, and plain item lists."""

from django.core.validators import RegexValidator
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

ANCHOR_HELP = _(
    "Part of the address readers cite (#anchor). Leave empty to derive it from the "
    "heading; once published, keep it unchanged so existing links keep working."
)

anchor_validator = RegexValidator(
    r"^[a-z0-9][a-z0-9-]*$",
    _("Use lower-case letters a–z, digits and hyphens only, e.g. 'mandat-2'."),
)


def make_anchor(text):
    """A URL fragment from a heading.

    'Sammansättning av ledamöter' -> 'sammansattning-av-ledamoter'.
    """
    return slugify(str(text).translate(str.maketrans("åäöÅÄÖéÉüÜ", "aaoAAOeEuU")))


class HeadedValue(blocks.StructValue):
    """A block value with a heading (or the block's default) and a stable anchor."""

    def heading_text(self):
        return self.get("heading") or getattr(self.block.meta, "default_heading", "")

    def anchor(self):
        """The explicit anchor, else one derived from an explicit heading, else the
        block's fixed default: never from a translated default heading, so a citation
        works in every language."""
        if self.get("anchor"):
            return self.get("anchor")
        if self.get("heading"):
            return make_anchor(self.get("heading"))
        return getattr(self.block.meta, "default_anchor", "") or make_anchor(
            self.heading_text()
        )


class HeadedBlock(blocks.StructBlock):
    """Base for every block that shows as a section with its own heading."""

    heading = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Heading"),
        help_text=_("Leave empty to use the standard heading."),
    )
    anchor = blocks.CharBlock(
        required=False,
        max_length=80,
        validators=[anchor_validator],
        label=_("Anchor"),
        help_text=ANCHOR_HELP,
    )

    class Meta:
        value_class = HeadedValue
        default_heading = ""
        default_anchor = ""
        form_classname = "struct-block governance-block"

    def get_context(self, value, parent_context=None):
        # In templates `value.anchor` is the editor's field, which hides the method;
        # give templates the resolved anchor and heading.
        context = super().get_context(value, parent_context=parent_context)
        context["anchor"] = value.anchor()
        context["heading"] = value.heading_text()
        return context

    def get_searchable_content(self, value):
        # The anchor is an address, not text a reader searches for.
        return [
            text
            for name, child_block in self.child_blocks.items()
            if name != "anchor"
            for text in child_block.get_searchable_content(value.get(name))
            if text and text != "None"
        ]


def with_blank_texts(block, value):
    """A block value in JSON shape as the page editor saves it: optional text fields
    left out are "" rather than None (wagtail-localize extracts every text field as a
    string to translate, and the editor's form would save "" too)."""
    if isinstance(block, blocks.StreamBlock) and isinstance(value, list):
        return [
            {
                **child,
                "value": with_blank_texts(
                    block.child_blocks[child["type"]], child["value"]
                ),
            }
            if isinstance(child, dict) and child.get("type") in block.child_blocks
            else child
            for child in value
        ]
    if isinstance(block, blocks.ListBlock) and isinstance(value, list):
        return [
            {**item, "value": with_blank_texts(block.child_block, item["value"])}
            if isinstance(item, dict) and item.get("type") == "item"
            else with_blank_texts(block.child_block, item)
            for item in value
        ]
    if isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        completed = dict(value)
        for name, child_block in block.child_blocks.items():
            if completed.get(name) is not None:
                completed[name] = with_blank_texts(child_block, completed[name])
            elif isinstance(child_block, blocks.CharBlock | blocks.TextBlock):
                completed[name] = ""
        return completed
    return value


def clean_strings(values):
    """Drop empty items an editor left in a list."""
    return [value for value in values if str(value).strip()]


class ItemListBlock(HeadedBlock):
    """A heading, an optional introduction and bullet items."""

    intro = blocks.TextBlock(required=False, label=_("Introduction"))
    items = blocks.ListBlock(
        blocks.CharBlock(max_length=1000, label=_("Item")),
        min_num=1,
        label=_("Items"),
    )

    class Meta:
        icon = "list-ul"
        template = "governance_blocks/item_list.html"
        label = _("Bullet list")
        default_heading = ""
        preview_value = {
            "heading": "Syfte",
            "intro": "Samordningen syftar till",
            "items": ["att skapa samsyn", "att ge likvärdig service"],
        }
