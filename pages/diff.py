"""What changed between two versions of a page, for readers.

The page's own fields (title, introduction, purpose, scope …) are compared word by
word. Sections of the StreamField are matched by block id: a section is added,
removed, moved or changed. Inside a section, composition rows are matched by their
representative group and mandate items by their decision text (then by item id, so a
renamed row is 'changed'), other items by their first field; plain list items are
compared as a list. Text is plain text, never HTML: templates escape it.
"""

import difflib
import html
import re
from collections import Counter
from dataclasses import dataclass, field

from django.db import models
from django.utils.html import strip_tags
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import RichText

from governance_blocks.composition import CompositionRowBlock
from governance_blocks.mandate import MandateItemBlock

EQUAL, INSERT, DELETE = "equal", "insert", "delete"
ADDED, REMOVED, CHANGED = "added", "removed", "changed"

#: Words of unchanged text kept on each side of a change.
CONTEXT_WORDS = 12
#: Page fields the change log already shows, or that readers never see.
SKIPPED_FIELDS = {"change_type", "change_summary"}

#: (kind of item, key field) by the StructBlock class of a list's items.
ITEM_KINDS = {
    CompositionRowBlock: ("composition_row", "group"),
    MandateItemBlock: ("mandate_item", "decision"),
}
ITEM_LABELS = {
    "composition_row": _("Composition row"),
    "mandate_item": _("Mandate item"),
    "list_item": _("Item"),
}


@dataclass
class Line:
    """One changed thing: a field's words, or an item added or removed.
    segments: [(EQUAL | INSERT | DELETE, text)]; counts_as: summary keys the line
    stands for (an item counts once, on its first line)."""

    label: str
    action: str
    segments: list
    counts_as: tuple = ()


@dataclass
class SectionDiff:
    heading: str
    anchor: str
    action: str  # ADDED, REMOVED, CHANGED, or "" when the section only moved
    moved: bool = False
    lines: list = field(default_factory=list)


@dataclass
class PageDiff:
    """fields: Lines of the page's own fields; sections: SectionDiffs; counts: for
    the summary, by key: field_changed, section_added|removed|changed|moved, and
    composition_row_, mandate_item_, list_item_ + added|removed|changed."""

    fields: list
    sections: list
    counts: Counter

    def has_changes(self):
        return bool(self.fields or self.sections)


def diff_pages(old, new):
    """A PageDiff from page object `old` to page object `new` (same page type, e.g.
    two revisions' as_object())."""
    counts = Counter()
    field_lines, sections = [], []
    for model_field in compared_fields(type(new)):
        if isinstance(model_field, StreamField):
            name = model_field.name
            sections += diff_streams(getattr(old, name), getattr(new, name), counts)
            continue
        line = diff_field(model_field, old, new)
        if line:
            field_lines.append(line)
            counts["field_changed"] += 1
    return PageDiff(fields=field_lines, sections=sections, counts=counts)


# ---------- The page's own fields ----------


def compared_fields(page_class):
    """The title, then the fields the page type adds to Wagtail's Page."""
    return [
        model_field
        for model_field in page_class._meta.concrete_fields
        if model_field.name == "title"
        or (
            model_field.model is not Page
            and not model_field.primary_key
            and model_field.name not in SKIPPED_FIELDS
        )
    ]


def diff_field(model_field, old, new):
    if model_field.value_from_object(old) == model_field.value_from_object(new):
        return None
    old_text, new_text = field_text(model_field, old), field_text(model_field, new)
    if old_text == new_text:
        return None
    return Line(capfirst(model_field.verbose_name), CHANGED, words(old_text, new_text))


def field_text(model_field, page):
    if isinstance(model_field, models.ForeignKey):
        related = getattr(page, model_field.name, None)
        return str(related) if related is not None else ""
    value = model_field.value_from_object(page)
    if isinstance(model_field, RichTextField):
        return html_to_text(value)
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value or ""))
    return plain(value)


# ---------- Sections ----------


def diff_streams(old_stream, new_stream, counts):
    """SectionDiffs in the new order; removed sections after the section that
    preceded them."""
    old_children = {child.id: child for child in old_stream}
    new_children = {child.id: child for child in new_stream}
    old_common = [i for i in old_children if i in new_children]
    new_common = [i for i in new_children if i in old_children]
    matcher = difflib.SequenceMatcher(None, old_common, new_common, autojunk=False)
    in_place = {
        old_common[match.a + offset]
        for match in matcher.get_matching_blocks()
        for offset in range(match.size)
    }

    result = {}  # block id -> SectionDiff or None, in the new order
    for block_id, child in new_children.items():
        if block_id not in old_children:
            result[block_id] = section_added_or_removed(child, ADDED, INSERT)
            counts["section_added"] += 1
            continue
        lines = diff_value(child.block, old_children[block_id].value, child.value, "")
        moved = block_id not in in_place
        counts.update(key for line in lines for key in line.counts_as)
        if lines:
            counts["section_changed"] += 1
        if moved:
            counts["section_moved"] += 1
        result[block_id] = (
            section(child, CHANGED if lines else "", lines, moved)
            if lines or moved
            else None
        )

    order = list(result)
    previous = None
    for block_id, child in old_children.items():
        if block_id in new_children:
            previous = block_id
            continue
        position = order.index(previous) + 1 if previous else 0
        order.insert(position, block_id)
        result[block_id] = section_added_or_removed(child, REMOVED, DELETE)
        counts["section_removed"] += 1
        previous = block_id
    return [result[block_id] for block_id in order if result[block_id]]


def section(child, action, lines, moved=False):
    value = child.value
    heading = value.heading_text() if hasattr(value, "heading_text") else ""
    anchor = value.anchor() if hasattr(value, "anchor") else ""
    return SectionDiff(
        heading=heading or str(child.block.label),
        anchor=anchor if action != REMOVED else "",
        action=action,
        moved=moved,
        lines=lines,
    )


def section_added_or_removed(child, action, operation):
    lines = [
        Line(label, action, [(operation, text)])
        for label, text in describe(child.block, child.value, "")
    ]
    return section(child, action, lines)


# ---------- Values inside a section ----------


def diff_value(block, old, new, label):
    """Lines for what differs between two values of `block`."""
    if isinstance(block, blocks.StructBlock):
        return [
            line
            for name, child_block in block.child_blocks.items()
            for line in diff_value(
                child_block,
                old.get(name) if old else None,
                new.get(name) if new else None,
                join(label, child_block.label),
            )
        ]
    if isinstance(block, blocks.ListBlock):
        return diff_list(block, old or [], new or [], label)
    old_text, new_text = value_text(block, old), value_text(block, new)
    if old_text == new_text:
        return []
    return [Line(label, CHANGED, words(old_text, new_text))]


def diff_list(block, old, new, label):
    child_block = block.child_block
    if isinstance(child_block, blocks.StructBlock):
        return diff_items(child_block, list_items(old), list_items(new), label)
    old_texts = [value_text(child_block, value) for _id, value in list_items(old)]
    new_texts = [value_text(child_block, value) for _id, value in list_items(new)]
    lines = []
    matcher = difflib.SequenceMatcher(None, old_texts, new_texts, autojunk=False)
    for operation, a1, a2, b1, b2 in matcher.get_opcodes():
        if operation == "equal":
            continue
        if operation == "replace" and a2 - a1 == b2 - b1:
            pairs = zip(old_texts[a1:a2], new_texts[b1:b2], strict=True)
            lines += [Line(label, CHANGED, words(a, b)) for a, b in pairs]
            continue
        lines += [Line(label, REMOVED, [(DELETE, t)]) for t in old_texts[a1:a2]]
        lines += [Line(label, ADDED, [(INSERT, t)]) for t in new_texts[b1:b2]]
    return [counted(line, "list_item") for line in lines]


def diff_items(child_block, old_items, new_items, label):
    """Struct items matched by their key field, then by item id."""
    kind, key_field = ITEM_KINDS.get(
        type(child_block), ("list_item", next(iter(child_block.child_blocks)))
    )
    key_block = child_block.child_blocks[key_field]

    def key(value):
        return value_text(key_block, value.get(key_field))

    pairs, unmatched_old = [], list(old_items)
    unmatched_new = []
    for item_id, value in new_items:
        match = next((o for o in unmatched_old if key(o[1]) == key(value)), None)
        if match is None:
            unmatched_new.append((item_id, value))
            continue
        unmatched_old.remove(match)
        pairs.append((match[1], value))
    for item_id, value in list(unmatched_new):
        match = next((o for o in unmatched_old if item_id and o[0] == item_id), None)
        if match is not None:
            unmatched_old.remove(match)
            unmatched_new.remove((item_id, value))
            pairs.append((match[1], value))

    item_label = ITEM_LABELS[kind]
    lines = []
    for old_value, new_value in pairs:
        name = join(item_label, Truncator(key(new_value) or key(old_value)).chars(60))
        changed = diff_value(child_block, old_value, new_value, name)
        if changed:
            counted(changed[0], kind)
        lines += changed
    for _id, value in unmatched_new:
        text = item_text(child_block, value)
        lines.append(counted(Line(item_label, ADDED, [(INSERT, text)]), kind))
    for _id, value in unmatched_old:
        text = item_text(child_block, value)
        lines.append(counted(Line(item_label, REMOVED, [(DELETE, text)]), kind))
    return lines


def counted(line, kind):
    """Let the line count its item (of `kind`: composition_row …) in the summary."""
    line.counts_as = (*line.counts_as, f"{kind}_{line.action}")
    return line


def list_items(value):
    """[(item id or None, value)] of a ListBlock value."""
    bound = getattr(value, "bound_blocks", None)
    if bound is not None:
        return [(child.id, child.value) for child in bound]
    return [(None, item) for item in value]


def describe(block, value, label):
    """[(label, text)] for every non-empty part of a value, for sections added or
    removed as a whole."""
    if isinstance(block, blocks.StructBlock):
        return [
            pair
            for name, child_block in block.child_blocks.items()
            if name != "anchor"
            for pair in describe(
                child_block, value.get(name), join(label, child_block.label)
            )
        ]
    if isinstance(block, blocks.ListBlock):
        child_block = block.child_block
        return [
            (label, text)
            for _id, item in list_items(value or [])
            for text in [value_text(child_block, item)]
            if text
        ]
    if isinstance(block, blocks.StreamBlock):
        return [
            pair
            for child in value or []
            for pair in describe(
                child.block, child.value, join(label, child.block.label)
            )
        ]
    text = value_text(block, value)
    return [(label, text)] if text else []


def item_text(block, value):
    """'Representative group: Kommun; Members: 5' for a struct item."""
    parts = []
    for name, child_block in block.child_blocks.items():
        text = "; ".join(
            text for _label, text in describe(child_block, value.get(name), "")
        )
        if text:
            parts.append(f"{child_block.label}: {text}")
    return "; ".join(parts)


def value_text(block, value):
    """Plain text of a value; structured values in one line."""
    if value is None or value == "":
        return ""
    if isinstance(block, blocks.StructBlock):
        return item_text(block, value)
    if isinstance(block, blocks.ListBlock | blocks.StreamBlock):
        return "; ".join(text for _label, text in describe(block, value, ""))
    if isinstance(value, RichText):
        return html_to_text(value.source)
    if isinstance(block, blocks.ChoiceBlock):
        return str(dict(block.field.choices).get(value, value))
    return plain(value)


# ---------- Text ----------

BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|blockquote)>|<br\s*/?>", re.IGNORECASE)


def html_to_text(source):
    text = html.unescape(strip_tags(BLOCK_END.sub(" ", source or "")))
    return " ".join(text.split())


def plain(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(_("yes") if value else _("no"))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return " ".join(str(value).split())


def join(label, part):
    return f"{label} › {part}" if label else str(part)


def words(old, new):
    """[(EQUAL | INSERT | DELETE, text)] turning `old` into `new`, word by word, with
    long unchanged stretches shortened to the words next to a change. The spaces
    between words are unchanged text, never part of an insertion or removal."""
    old_words, new_words = old.split(), new.split()
    matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    opcodes = matcher.get_opcodes()
    pieces = []
    for index, (operation, a1, a2, b1, b2) in enumerate(opcodes):
        if operation == "equal":
            keep_head, keep_tail = index > 0, index < len(opcodes) - 1
            pieces.append((EQUAL, shorten(old_words[a1:a2], keep_head, keep_tail)))
            continue
        if a2 > a1:
            pieces.append((DELETE, " ".join(old_words[a1:a2])))
        if b2 > b1:
            pieces.append((INSERT, " ".join(new_words[b1:b2])))
    segments = []
    for operation, text in pieces:
        for piece in ([(EQUAL, " ")] if segments else []) + [(operation, text)]:
            if segments and piece[0] == segments[-1][0] == EQUAL:
                segments[-1] = (EQUAL, segments[-1][1] + piece[1])
            else:
                segments.append(piece)
    return segments


def shorten(unchanged, keep_head, keep_tail):
    """Unchanged words: those beside the changes, and '…' for the rest."""
    if len(unchanged) <= 2 * CONTEXT_WORDS:
        return " ".join(unchanged)
    head = unchanged[:CONTEXT_WORDS] if keep_head else []
    tail = unchanged[-CONTEXT_WORDS:] if keep_tail else []
    return " ".join([*head, "…", *tail])
