"""Mapping recognised sections to governance blocks, in StreamField's JSON shape.

Each function returns [(block type, value)] and tells the report what became what;
a passage no block fits is kept as rich text and reported, never dropped."""

from django.utils.translation import gettext as _

from governance_blocks.base import make_anchor
from governance_blocks.sections import STANDARD_SECTION_ANCHORS
from governance_blocks.stream import COMMON_RESERVED_ANCHORS

from . import text as facts
from .body_sections import BodySectionMapping
from .document import ListItem, Paragraph, Table
from .tables import TableMapping
from .text import MAX_ITEM


class Anchors:
    """Anchors already used on one page, so every new one is unique."""

    def __init__(self, stream_block):
        self.used = set(COMMON_RESERVED_ANCHORS) | set(
            getattr(stream_block.meta, "reserved_anchors", ())
        )

    def claim(self, preferred):
        base = (make_anchor(preferred) or "avsnitt")[:70]
        anchor, number = base, 2
        while anchor in self.used:
            anchor, number = f"{base}-{number}", number + 1
        self.used.add(anchor)
        return anchor


class Mapper(TableMapping, BodySectionMapping):
    """Builds the blocks of one page; `allowed` is its StreamBlock's child names."""

    def __init__(self, page_title, stream_block, report):
        self.page_title = page_title
        self.allowed = set(stream_block.child_blocks)
        self.anchors = Anchors(stream_block)
        self.report = report

    def mapped(self, source, target):
        self.report.add(self.page_title, source, target)

    def kept(self, source):
        self.report.keep(self.page_title, source)

    # --- free text -------------------------------------------------------------

    def section(self, heading, content):
        """A heading and its content: a section, then list and table blocks."""
        result, headed, pending_intro = [], False, ""
        chunks = _chunks(content)
        for position, (kind, elements) in enumerate(chunks):
            following = chunks[position + 1][0] if position + 1 < len(chunks) else ""
            title = "" if headed else heading
            if kind == "text" and following == "list" and _ends_with_colon(elements):
                pending_intro, elements = elements[-1].text, elements[:-1]
                if not elements:
                    continue
            block = None
            if kind == "list":
                block = self.item_list(title, elements, pending_intro)
                if block is None and pending_intro:
                    elements = [Paragraph(pending_intro), *elements]
                pending_intro = ""
            elif kind == "table":
                block = self.table(title, elements[0])
            if block is None:
                block = self.text_block(title, elements)
            result += block
            headed = headed or bool(title)
        if not headed and heading:
            result.insert(0, self.text_block(heading, [])[0])
        return result

    def text_block(self, heading, elements):
        html = facts.rich_text(elements)
        for element in elements:
            if isinstance(element, Table):
                self.kept(element.as_text())
        if heading and "section" in self.allowed:
            anchor = self.anchors.claim(heading)
            self.mapped(
                heading, _("section with anchor #%(anchor)s") % {"anchor": anchor}
            )
            return [
                (
                    "section",
                    {"heading": heading, "anchor": anchor, "body": html or "<p></p>"},
                )
            ]
        if heading:
            html = facts.rich_text([Paragraph(heading)]) + html
        return [("paragraph", html)]

    def item_list(self, heading, items, intro=""):
        texts = [item.text for item in items]
        if (
            any(len(text) > MAX_ITEM for text in texts)
            or "item_list" not in self.allowed
        ):
            return None
        if "frågor" in intro.lower() and "checklist" in self.allowed:
            anchor = self.anchors.claim(heading or "reflektionsfragor")
            self.mapped(
                intro, _("reflection questions (%(count)s)") % {"count": len(texts)}
            )
            items = [{"text": text, "sub_items": []} for text in texts]
            value = {"heading": heading, "anchor": anchor, "kind": "questions"}
            return [("checklist", {**value, "intro": intro, "items": items})]
        anchor = self.anchors.claim(heading) if heading else ""
        self.mapped(
            texts[0], _("bullet list (%(count)s items)") % {"count": len(texts)}
        )
        return [
            (
                "item_list",
                {"heading": heading, "anchor": anchor, "intro": intro, "items": texts},
            )
        ]

    # --- references ------------------------------------------------------------

    def legal_references(self, heading, items, inline_texts):
        """A legal-references block from a reference list and the statutes cited in
        the rest of the text."""
        entries, seen = [], set()
        for text in items:
            found = facts.statutes(text)
            statute = found[0] if found else ""
            title = text.replace(statute, "", 1).strip(" .,;:–-") if statute else text
            entries.append(
                {
                    "statute_id": statute[:100],
                    "title": (title or statute)[:500],
                    "url": "",
                }
            )
            seen.update(found)
        for text in inline_texts:
            for statute in facts.statutes(text):
                if statute not in seen:
                    seen.add(statute)
                    entries.append(
                        {
                            "statute_id": statute[:100],
                            "title": _sentence_with(text, statute)[:500],
                            "url": "",
                        }
                    )
        if not entries or "legal_references" not in self.allowed:
            return []
        statutes_found = [e["statute_id"] for e in entries if e["statute_id"]]
        self.mapped(
            ", ".join(statutes_found[:4]) or entries[0]["title"],
            _("legal references (%(count)s)") % {"count": len(entries)},
        )
        anchor = self.anchors.claim(heading or "referenser")
        return [
            (
                "legal_references",
                {"heading": heading, "anchor": anchor, "items": entries},
            )
        ]

    # --- routine sections ------------------------------------------------------

    def standard_section(self, kind, section):
        if (
            kind not in STANDARD_SECTION_ANCHORS
            or "standard_section" not in self.allowed
        ):
            return self.section(section.heading, section.content)
        anchor = self.anchors.claim(STANDARD_SECTION_ANCHORS[kind])
        self.mapped(
            section.heading, _("standard section #%(anchor)s") % {"anchor": anchor}
        )
        body = facts.rich_text(section.content) or "<p></p>"
        return [
            (
                "standard_section",
                {
                    "kind": kind,
                    "heading": section.heading,
                    "anchor": anchor,
                    "body": body,
                },
            )
        ]


def _chunks(content):
    """[(kind, elements)]: runs of text, of list items, and single tables."""
    chunks = []
    for element in content:
        kind = (
            "list"
            if isinstance(element, ListItem)
            else "table"
            if isinstance(element, Table)
            else "text"
        )
        if chunks and chunks[-1][0] == kind and kind != "table":
            chunks[-1][1].append(element)
        else:
            chunks.append((kind, [element]))
    return chunks


def _ends_with_colon(elements):
    return (
        isinstance(elements[-1], Paragraph)
        and elements[-1].text.endswith(":")
        and len(elements[-1].text) < 500
    )


def _sentence_with(text, statute):
    for sentence in facts.sentences(text):
        if statute in " ".join(sentence.split()):
            return sentence
    return statute
