"""Hypothesis strategies built from a StreamField block's definition: the form data
the page editor posts for a block value, valid or hostile, at any nesting depth."""

import json

from hypothesis import strategies as st
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from tests.security.xss import PAYLOADS

#: Text as editors and attackers type it: payloads, Swedish letters, control
#: characters, unbalanced quotes, long runs.
SAMPLES = [
    *(text for _name, text in PAYLOADS),
    "",
    " ",
    "x" * 1200,
    "Beredningsgruppen för IT-stöd",
    "åäö ÅÄÖ § 4",
    "\x00\u202e\ufeff",
    "%(name)s {0} %s",
]
#: Mostly samples (cheap to draw, so that thousands of block values fit the time
#: budget), sometimes arbitrary text.
HOSTILE_TEXT = st.one_of(st.sampled_from(SAMPLES), st.text(max_size=20))
JUNK = st.sampled_from(["", "-1", "0", "1e3", "x", "[]", "{}", "null", "\x00"])
#: Ids as the chooser widgets send them, existing or not. Wagtail's chooser blocks
#: raise on a non-numeric id (an error page for a hand-made post only).
IDS = st.one_of(st.just(""), st.integers(-1, 2**31 - 1).map(str))

#: The most blocks in a generated stream.
TOP_LEVEL_BLOCKS = 8


def contentstate(text):
    """The Draftail editor's JSON for one paragraph of `text`, with a link whose
    address is hostile."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "k1",
                    "type": "unstyled",
                    "depth": 0,
                    "text": text,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": len(text), "key": 0}]
                    if text
                    else [],
                }
            ],
            "entityMap": {
                "0": {
                    "type": "LINK",
                    "mutability": "MUTABLE",
                    "data": {"url": "javascript:alert('xss-16')"},
                }
            },
        }
    )


def prefixed(prefix, data):
    return {f"{prefix}-{key}": value for key, value in data.items()}


def merge(parts):
    merged = {}
    for part in parts:
        merged.update(part)
    return merged


def form_data(block, prefix, page_ids=(), depth=0):
    """A strategy for the POST fields (a flat dict) of `block` under `prefix`."""
    if isinstance(block, blocks.StreamBlock):
        names = list(block.child_blocks)
        child = st.sampled_from(names).flatmap(
            lambda name: form_data(
                block.child_blocks[name], "value", page_ids, depth + 1
            ).map(lambda value, name=name: {"type": name, **value})
        )
        return _sequence(child, prefix, max_size=TOP_LEVEL_BLOCKS if depth == 0 else 2)
    if isinstance(block, blocks.StructBlock):
        children = [
            form_data(child, name, page_ids, depth + 1)
            for name, child in block.child_blocks.items()
        ]
        return st.tuples(*children).map(merge).map(lambda d: prefixed(prefix, d))
    if isinstance(block, blocks.ListBlock):
        item = form_data(block.child_block, "value", page_ids, depth + 1)
        return _sequence(item, prefix, max_size=1 if depth > 2 else 2)
    return _leaf(block, page_ids).map(lambda value: {prefix: value})


def _sequence(item, prefix, max_size):
    """A StreamBlock's or ListBlock's items: count, then each item's fields with
    order, deleted flag and id."""

    def build(items):
        data = {"count": str(len(items))}
        for index, fields in enumerate(items):
            data.update(
                {
                    f"{index}-deleted": "",
                    f"{index}-order": str(index),
                    f"{index}-id": f"id{index}",
                }
            )
            for key, value in fields.items():
                data[f"{index}-{key}"] = value
        return prefixed(prefix, data)

    return st.lists(item, max_size=max_size).map(build)


def _leaf(block, page_ids):
    if isinstance(block, blocks.RichTextBlock):
        # Only the editor's JSON: Wagtail's Draftail widget raises on anything else
        # (an error page for a hand-made post, not a value an editor can send).
        return HOSTILE_TEXT.map(contentstate)
    if isinstance(block, blocks.IntegerBlock | blocks.DecimalBlock):
        return st.one_of(st.integers(-(10**12), 10**12).map(str), JUNK)
    if isinstance(block, blocks.BooleanBlock):
        return st.sampled_from(["on", ""])
    if isinstance(block, blocks.DateBlock):
        return st.one_of(st.dates().map(lambda d: d.isoformat()), JUNK)
    if isinstance(block, blocks.ChoiceBlock):
        values = [str(value) for value, _label in block.field.choices]
        return st.one_of(st.sampled_from(values), JUNK)
    if isinstance(block, blocks.PageChooserBlock | DocumentChooserBlock):
        return st.one_of(st.sampled_from([str(pk) for pk in page_ids] or [""]), IDS)
    if isinstance(block, blocks.URLBlock):
        return st.one_of(
            st.just("https://example.se/?\"><script>alert('xss')</script>"),
            st.just("javascript:alert(1)"),
            HOSTILE_TEXT,
        )
    if isinstance(block, blocks.FieldBlock):
        return HOSTILE_TEXT
    raise TypeError(f"No strategy for {type(block).__name__}")


def base_data(page, form_class):
    """What the editor posts for `page` unchanged, without its stream: every text
    and choice as stored, rich text as the editor's JSON, choosers empty."""
    data = {"comments": inline_formset([])}
    for name, field in form_class.base_fields.items():
        widget = type(field.widget).__name__
        if widget == "DraftailRichTextArea":
            data[name] = contentstate("Text.")
        elif widget in {"TextInput", "Select", "SlugInput", "AdminAutoHeightTextInput"}:
            data[name] = str(getattr(page, name, "") or "")
        elif widget == "AdminPageChooser":
            data[name] = ""
    return nested_form_data(data)
