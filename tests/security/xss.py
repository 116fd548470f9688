"""Hostile text: a corpus of XSS payloads, block values built from it, and the check
that a response shows the payload as text and never as live markup.

Every payload carries a marker (``xss-N``) so that the check can tell markup the
payload introduced from the page's own markup."""

import json

from bs4 import BeautifulSoup, Comment
from wagtail import blocks
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.documents.blocks import DocumentChooserBlock

from pages.models.base import INTRO_FEATURES

#: (name, payload). Each is what an editor, translator or register keeper might type.
PAYLOADS = [
    ("script", '<script>alert("xss-1")</script>'),
    ("img onerror", '<img src=x onerror=alert("xss-2")>'),
    ("javascript link", "<a href=\"javascript:alert('xss-3')\">xss-3</a>"),
    ("svg onload", '<svg onload=alert("xss-4")><circle r=1 /></svg>'),
    ("attribute breakout", "\"'><img src=x onerror=alert('xss-5')>"),
    ("template variable", "{{ request.META }}{{ 7|add:'1300' }}xss-6"),
    ("template tag", "{% debug %}{% load static %}xss-7"),
    ("unicode", "\u202e<scr\u200bipt>xss-8\ufeff</script>\uff1cscript\uff1e"),
    ("textarea close", '</textarea><script>alert("xss-9")</script>'),
    ("comment", "<!-- xss-10 --><!--"),
    ("css expression", "<div style=\"width:expression(alert('xss-11'))\">x</div>"),
    ("data url", '<a href="data:text/html;base64,PHNjcmlwdD4=">xss-12</a>'),
    ("style close", '</style><script>alert("xss-13")</script>'),
    ("title close", '</title><script>alert("xss-14")</script>'),
]
#: A URL that passes Django's URL validation but breaks out of an unquoted or
#: badly quoted attribute.
HOSTILE_URL = "https://example.se/?\"><script>alert('xss-15')</script>"
#: Literal text that Django templates would evaluate if a value were rendered as a
#: template; it must appear as written.
TEMPLATE_TEXT = "{{ 7|add:'1300' }}"
MARKER = "xss-"
#: Elements that run or embed other content, flagged when they carry the marker.
FOREIGN_TAGS = {"iframe", "object", "embed", "base", "math", "frame", "frameset"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data"}
BAD_SCHEMES = ("javascript:", "vbscript:", "data:")


def payload(index):
    """The payload for field number `index`, cycling through the corpus."""
    return PAYLOADS[index % len(PAYLOADS)][1]


def all_payloads():
    return " ".join(text for _name, text in PAYLOADS)


def rich_text_from(text):
    """What the admin's rich text editor stores when an editor types `text` and
    links it to a hostile URL: the Draftail content state converted the way the
    edit form converts it."""
    contentstate = {
        "blocks": [
            {
                "key": "a1b2c",
                "type": "unstyled",
                "depth": 0,
                "text": text,
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": 0, "length": len(text), "key": 0}],
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
    converter = ContentstateConverter(features=INTRO_FEATURES)
    return converter.to_database_format(json.dumps(contentstate))


class HostileValues:
    """Raw (JSON-like) values for a block definition with every text field filled
    with a payload; other fields get the simplest valid value."""

    def __init__(self, page_id=None):
        self.count = 0
        self.page_id = page_id

    def text(self):
        value = payload(self.count)
        self.count += 1
        return value

    def for_block(self, block, name=""):
        if isinstance(block, blocks.StreamBlock):
            return [
                {"type": child_name, "value": self.for_block(child, child_name)}
                for child_name, child in block.child_blocks.items()
            ]
        if isinstance(block, blocks.StructBlock):
            return {
                child_name: self.for_block(child, child_name)
                for child_name, child in block.child_blocks.items()
            }
        if isinstance(block, blocks.ListBlock):
            return [self.for_block(block.child_block, name)]
        if isinstance(block, blocks.RichTextBlock):
            return rich_text_from(self.text())
        if isinstance(block, blocks.URLBlock):
            return HOSTILE_URL
        if isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
            if name == "anchor":
                return ""
            return self.text()
        if isinstance(block, blocks.IntegerBlock):
            return 2
        if isinstance(block, blocks.DecimalBlock | blocks.FloatBlock):
            return 2
        if isinstance(block, blocks.BooleanBlock):
            return True
        if isinstance(block, blocks.DateBlock):
            return "2026-03-12"
        if isinstance(block, blocks.ChoiceBlock):
            return next(value for value, _label in block.field.choices if value)
        if isinstance(block, blocks.PageChooserBlock):
            return self.page_id
        if isinstance(block, DocumentChooserBlock):
            return None
        if isinstance(block, blocks.StaticBlock):
            return None
        raise TypeError(f"No hostile value for {type(block).__name__} {name!r}")


def parse(html):
    return BeautifulSoup(html, "html5lib")


def injected_markup(html):
    """Descriptions of the markup in `html` that a payload introduced: elements,
    event-handler attributes, script URLs and comments carrying the marker."""
    soup = parse(html)
    found = []
    for element in soup.find_all(True):
        if element.name in FOREIGN_TAGS and MARKER in str(element):
            found.append(f"<{element.name}>")
        source = element.decode_contents()
        # Data for the admin's scripts (json_script) is not run; a payload that
        # broke out of it would be an element of its own.
        is_data = element.get("type") == "application/json"
        if element.name in {"script", "style"} and MARKER in source and not is_data:
            found.append(f"<{element.name}> {source[:80]}")
        for attribute, value in element.attrs.items():
            text = " ".join(value) if isinstance(value, list) else str(value)
            if attribute.lower().startswith("on"):
                found.append(f"{attribute}= on <{element.name}>")
            if attribute.lower() == "style" and "expression" in text.lower():
                found.append(f"style= {text[:80]}")
            if attribute.lower() in URL_ATTRIBUTES:
                cleaned = "".join(text.split()).lower()
                if cleaned.startswith(BAD_SCHEMES):
                    found.append(f"{attribute}={text[:80]} on <{element.name}>")
    for comment in soup.find_all(string=lambda node: isinstance(node, Comment)):
        if MARKER in comment:
            found.append(f"comment {comment[:80]}")
    return found


def visible_text(html):
    soup = parse(html)
    for hidden in soup.find_all(["script", "style", "template"]):
        hidden.decompose()
    return " ".join(soup.get_text(" ").split())


def assert_escaped(html, shown=()):
    """No payload markup is live in `html`, and each text in `shown` is visible
    in it as written."""
    if isinstance(html, bytes):
        html = html.decode()
    found = injected_markup(html)
    assert found == [], found
    text = visible_text(html)
    for expected in shown:
        assert " ".join(expected.split()) in text, f"{expected!r} is not shown"
    assert "1307" not in text, "a template tag in the text was evaluated"
