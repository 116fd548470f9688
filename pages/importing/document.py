"""The neutral document every reader produces: headings, paragraphs, list items and
tables in reading order, whatever the source format was."""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _


class DocumentError(Exception):
    """A file that cannot be imported; the message is for the person importing."""


@dataclass
class Heading:
    text: str
    #: 1 for the top level; None when the source (plain text) does not say.
    level: int | None = None
    #: Whether the source marks it as a heading (a Word heading style, an HTML
    #: <h…>, a table-of-contents bookmark) rather than it being guessed.
    marked: bool = False


@dataclass
class Paragraph:
    text: str


@dataclass
class ListItem:
    text: str
    level: int = 0


@dataclass
class Table:
    rows: list[list[str]]

    def as_text(self):
        return "\n".join(" ".join(row) for row in self.rows)


@dataclass
class Document:
    name: str
    elements: list = field(default_factory=list)
    #: Title given by the source itself (Word's title style, HTML <title>/<h1>).
    title: str = ""
    #: Word debris removed while reading: bookmarks, table-of-contents entries.
    removed: list[str] = field(default_factory=list)

    def words(self):
        """Every word of the text kept from the source, for checking nothing is
        lost."""
        texts = [self.title]
        for element in self.elements:
            texts.append(
                element.as_text() if isinstance(element, Table) else element.text
            )
        return words_of(" ".join(texts))


_WORD = re.compile(r"\w+")


def words_of(text):
    """The set of lower-case words of `text`."""
    return {word.lower() for word in _WORD.findall(text)}


#: Word's bookmarks as text exports show them: "[bookmark: _Toc358181225]".
BOOKMARK = re.compile(r"\[bookmark: ?([^\]]*)\]")

#: Bullet characters Word and web pages use in front of list items.
BULLET = re.compile(r"^\s*(?:[•·▪◦‣●○■□–\-*]|\d{1,2}[.)])\s+")

#: A table-of-contents line: a heading, dots or a tab, and a page number.
TOC_LINE = re.compile(r"^.{3,}?(?:\.{4,}|\t)\s*\d{1,3}\s*$")

MAX_BYTES = 10 * 1024 * 1024
MAX_SIZE_LABEL = _("10 MB")


def clean_text(text):
    """Collapse runs of spaces and no-break spaces; strip the ends."""
    return re.sub(r"[ \u00a0\u200b]+", " ", text).strip()


def strip_bookmarks(line, removed):
    """The line without its bookmarks; whether one of them marked a heading."""
    found = BOOKMARK.findall(line)
    if not found:
        return line, False
    removed.extend(f"[bookmark: {name}]" for name in found)
    heading = any(name.startswith("_Toc") for name in found)
    return BOOKMARK.sub("", line), heading
