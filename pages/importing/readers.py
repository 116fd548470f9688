"""Reading .docx, .html and .txt files into the neutral Document.

Every reader refuses what it cannot read with a DocumentError that says why; none
of them writes anything."""

import codecs
import io
import re
import zipfile
from pathlib import PurePath

import docx
from bs4 import BeautifulSoup, NavigableString
from django.utils.translation import gettext as _

from . import vocabulary
from .document import (
    BULLET,
    MAX_BYTES,
    MAX_SIZE_LABEL,
    TOC_LINE,
    Document,
    DocumentError,
    Heading,
    ListItem,
    Paragraph,
    Table,
    clean_text,
    strip_bookmarks,
)

SUPPORTED = (".docx", ".html", ".htm", ".txt")

#: Characters beyond ASCII that a Swedish cp1252 text holds: with only these, a
#: file that is not UTF-8 is read as cp1252; anything else is refused.
_CP1252_EXPECTED = set("åäöÅÄÖéÉèüÜæøÆØ–—‘’“”•…§½°´·\u00a0")
#: Uncompressed size a .docx may unpack to (its parts are XML).
_MAX_UNPACKED = 10 * MAX_BYTES


def read_document(name, data):
    """The Document in `data` (the bytes of a file called `name`)."""
    suffix = PurePath(name).suffix.lower()
    if len(data) > MAX_BYTES:
        raise DocumentError(
            _(
                "The file is larger than %(limit)s, the largest file that can be "
                "imported."
            )
            % {"limit": MAX_SIZE_LABEL}
        )
    if suffix == ".doc":
        raise DocumentError(
            _("Old Word files (.doc) cannot be read: save the file as .docx first.")
        )
    if suffix not in SUPPORTED:
        raise DocumentError(
            _(
                "'%(name)s' is not a document that can be imported: use .docx, "
                ".html or .txt."
            )
            % {"name": name}
        )
    if not data.strip():
        raise DocumentError(_("The file is empty."))
    if suffix == ".docx":
        document = read_docx(name, data)
    elif suffix in (".html", ".htm"):
        document = read_html(name, decode(data))
    else:
        document = read_text(name, decode(data))
    if not document.elements and not document.title:
        raise DocumentError(_("The file is empty: it holds no text to import."))
    return document


def decode(data):
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with BOM, or cp1252 when
    that reading is unambiguous."""
    if b"\x00" in data and not data.startswith(
        (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    ):
        raise DocumentError(
            _("The file is not a text document (it holds binary data).")
        )
    try:
        if data.startswith(codecs.BOM_UTF8):
            return data[len(codecs.BOM_UTF8) :].decode("utf-8")
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16")
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and {c for c in text if ord(c) > 127} <= _CP1252_EXPECTED:
        return text
    raise DocumentError(
        _(
            "The file's character encoding is not recognised. Save it as UTF-8 and "
            "import it again."
        )
    )


# --- Word ------------------------------------------------------------------------


def read_docx(name, data):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > _MAX_UNPACKED:
            raise DocumentError(
                _("The Word file unpacks to more than %(limit)s of text.")
                % {"limit": "100 MB"}
            )
        word = docx.Document(io.BytesIO(data))
    except DocumentError:
        raise
    except Exception as error:  # python-docx raises many kinds on a broken package
        raise DocumentError(
            _("The Word file is damaged or not a .docx file, and cannot be read.")
        ) from error
    document = Document(name=name)
    title = word.core_properties.title or ""
    for item in word.iter_inner_content():
        if isinstance(item, docx.table.Table):
            rows = _docx_rows(item)
            if rows:
                document.elements.append(Table(rows))
            continue
        _add_docx_paragraph(document, item)
    if not document.title and title.strip():
        document.title = clean_text(title)
    return document


def _add_docx_paragraph(document, paragraph):
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    lowered = style.lower()
    text, _marked = strip_bookmarks(paragraph.text, document.removed)
    text = clean_text(text)
    if not text:
        return
    if lowered.startswith(("toc", "innehåll")) or TOC_LINE.match(paragraph.text):
        document.removed.append(text)
        return
    if lowered in ("title", "rubrik") and not document.title:
        document.title = text
        return
    level = re.match(r"(?:heading|rubrik) (\d)", lowered)
    if level:
        document.elements.append(Heading(text, int(level[1]), marked=True))
        return
    numbering = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
    if "list" in lowered or "lista" in lowered or numbering or BULLET.match(text):
        indent = 0
        if numbering and paragraph._p.pPr.numPr.ilvl is not None:
            indent = paragraph._p.pPr.numPr.ilvl.val
        document.elements.append(ListItem(BULLET.sub("", text), indent))
        return
    document.elements.append(Paragraph(text))


def _docx_rows(table):
    rows = []
    for row in table.rows:
        seen, cells = set(), []
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell repeats in every column it spans
                continue
            seen.add(id(cell._tc))
            cells.append("\n".join(clean_text(p.text) for p in cell.paragraphs).strip())
        if any(cells):
            rows.append(cells)
    return rows


# --- HTML ------------------------------------------------------------------------

_HTML_BLOCKS = [
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "li",
    "table",
    "div",
    "dt",
    "dd",
]


def read_html(name, text):
    soup = BeautifulSoup(text, "html.parser")
    if soup.find(True) is None:
        raise DocumentError(_("The file is not an HTML document."))
    title_tag = soup.find("title")
    for tag in soup(["script", "style", "noscript", "template", "head"]):
        tag.decompose()
    document = Document(name=name)
    for element in soup.find_all(_HTML_BLOCKS):
        if element.name != "table" and element.find_parent("table"):
            continue
        _add_html_element(document, element)
    if not document.title and title_tag is not None:
        document.title = clean_text(title_tag.get_text())
    return document


def _add_html_element(document, element):
    if element.name == "table":
        rows = [
            [clean_text(cell.get_text("\n")) for cell in tr.find_all(["td", "th"])]
            for tr in element.find_all("tr")
        ]
        rows = [row for row in rows if any(row)]
        if rows:
            document.elements.append(Table(rows))
        return
    if element.name == "div":
        own = " ".join(
            str(child)
            for child in element.children
            if isinstance(child, NavigableString)
        )
        if clean_text(own):
            document.elements.append(Paragraph(clean_text(own)))
        return
    if element.name in ("p", "dt", "dd") and element.find_parent("li"):
        return
    if element.name == "li":
        own = "".join(
            child.get_text(" ")
            if not isinstance(child, NavigableString)
            else str(child)
            for child in element.children
            if getattr(child, "name", None) not in ("ul", "ol")
        )
        text, _marked = strip_bookmarks(own, document.removed)
        if clean_text(text):
            depth = len(element.find_parents(["ul", "ol"])) - 1
            document.elements.append(ListItem(clean_text(text), max(depth, 0)))
        return
    text, _marked = strip_bookmarks(element.get_text(" "), document.removed)
    text = clean_text(text)
    if not text:
        return
    if element.name == "h1" and not document.title:
        document.title = text
    elif element.name.startswith("h"):
        document.elements.append(Heading(text, int(element.name[1]), marked=True))
    elif BULLET.match(text):
        document.elements.append(ListItem(BULLET.sub("", text)))
    else:
        document.elements.append(Paragraph(text))


# --- plain text ------------------------------------------------------------------


def read_text(name, text):
    """Plain text as exported from Word or a web page: headings are guessed from
    table-of-contents bookmarks, known section names and short stand-alone lines."""
    document = Document(name=name)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    tokens = _text_tokens(lines, document)
    marked = sum(1 for kind, _t, is_marked in tokens if kind == "line" and is_marked)
    _decide_lines(tokens, document, trust_marks=marked >= 3)
    return document


def _text_tokens(lines, document):
    """[(kind, value, marked)]: 'blank', 'line' (text), 'item' (a bullet) or
    'table' (rows)."""
    tokens, index = [], 0
    while index < len(lines):
        raw = lines[index]
        if _tab_cell(raw):
            rows, index = _tab_table(lines, index)
            tokens.append(("table", rows, False))
            continue
        if (
            _space_cells(raw)
            and index + 1 < len(lines)
            and _space_cells(lines[index + 1])
        ):
            rows = []
            while index < len(lines) and lines[index].strip():
                rows.append(re.split(r"\s{3,}", lines[index].strip()))
                index += 1
            tokens.append(("table", rows, False))
            continue
        index += 1
        line, marked = strip_bookmarks(raw, document.removed)
        line = clean_text(line)
        if not line:
            tokens.append(("blank", "", False))
        elif TOC_LINE.match(raw.strip()):
            document.removed.append(line)
        elif BULLET.match(line):
            tokens.append(("item", BULLET.sub("", line), False))
        else:
            tokens.append(("line", line, marked))
    return tokens


def _tab_cell(line):
    return (
        line.lstrip(" ").startswith("\t") and line.strip() and "[bookmark:" not in line
    )


def _space_cells(line):
    cells = re.split(r"\s{3,}", line.strip())
    return len(cells) >= 2 and all(0 < len(cell) <= 60 for cell in cells)


def _tab_table(lines, index):
    """Rows of a table exported as tab-led cells, a blank line between rows; a cell
    continues on lines without a tab. Ends at a line led by a space or a bookmark."""
    rows, row, pending_break = [], [], False
    start = index
    while index < len(lines):
        raw = lines[index]
        stripped = raw.strip()
        if index > start and raw.startswith(" ") and _tab_cell(raw):
            break  # a new table
        if _tab_cell(raw):
            if pending_break and row:
                rows.append(row)
                row = []
            pending_break = False
            row.append(clean_text(raw))
        elif not stripped:
            pending_break = True
        elif raw.startswith(" ") or "[bookmark:" in raw:
            break
        else:
            target = row if row else (rows[-1] if rows else row)
            if target:
                target[-1] = f"{target[-1]}\n{clean_text(raw)}".strip()
            else:
                target.append(clean_text(raw))
        index += 1
    if row:
        rows.append(row)
    return [r for r in rows if any(r)], index


def _decide_lines(tokens, document, trust_marks):
    """Turn the text lines into headings, paragraphs and list items: a line cut off
    mid-sentence joins the next one."""
    elements = document.elements
    for position, (kind, value, marked) in enumerate(tokens):
        if kind == "blank":
            continue
        if kind == "table":
            elements.append(Table(value))
            continue
        continues = _continues(value)
        previous = elements[-1] if elements else None
        after_blank = position == 0 or tokens[position - 1][0] == "blank"
        joins = kind == "line" and continues and not after_blank
        if joins and isinstance(previous, Paragraph | ListItem):
            previous.text = f"{previous.text} {value}"
            continue
        if kind == "item":
            elements.append(ListItem(value))
        elif _is_heading(tokens, position, trust_marks):
            elements.append(Heading(value, marked=marked))
        else:
            elements.append(Paragraph(value))


def _continues(text):
    """Whether a line goes on with the sentence of the line before."""
    return text[:1].islower() and " " in text


def _is_heading(tokens, position, trust_marks):
    _kind, text, marked = tokens[position]
    following = next((t for t in tokens[position + 1 :] if t[0] != "blank"), None)
    if following and following[0] == "line" and _continues(following[1]):
        return False
    if marked:
        return True
    if vocabulary.is_changelog_heading(text) or vocabulary.is_known_heading(text):
        return len(text) <= 100
    if trust_marks:
        return False
    after_blank = position == 0 or tokens[position - 1][0] == "blank"
    words = text.split()
    return (
        after_blank
        and text[:1].isupper()
        and len(text) <= 100
        and len(words) <= 8
        and not re.search(r"[.:;,!?]$", text)
        and words[-1].lower() not in vocabulary.FUNCTION_WORDS
        and not vocabulary.UPDATED.match(text)
    )
