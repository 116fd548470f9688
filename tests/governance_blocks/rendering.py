"""Helpers for rendering tests: render a block and read its markup as a reader would."""

from bs4 import BeautifulSoup

from governance_blocks.stream import (
    BodyStreamBlock,
    GlossaryStreamBlock,
    GuidanceStreamBlock,
    RoutineStreamBlock,
    SpecificationStreamBlock,
)

STREAM_BLOCKS = [
    BodyStreamBlock,
    RoutineStreamBlock,
    SpecificationStreamBlock,
    GuidanceStreamBlock,
    GlossaryStreamBlock,
]
SCRIPT = "<script>alert(1)</script>"


def render(block, raw, **context):
    """The HTML a block renders for raw (JSON-like) input, as parsed markup."""
    html = block.render(block.to_python(raw), context=context or None)
    return BeautifulSoup(html, "html.parser")


def text(node):
    """Visible text with whitespace (including no-break spaces) collapsed."""
    return " ".join(node.get_text(" ").replace("\xa0", " ").split())


def definitions(node):
    """{term: description} of the definition lists inside node."""
    return {text(dt): text(dt.find_next_sibling("dd")) for dt in node.find_all("dt")}


def assert_citable_heading(markup, anchor, heading):
    """The heading carries the anchor as its id and a self-link points at it."""
    element = markup.find(id=anchor)
    assert element is not None, f"no element with id {anchor!r}"
    assert element.name in {"h2", "h3"}
    assert text(element) == heading
    assert markup.find("a", href=f"#{anchor}", class_="self-link") is not None
