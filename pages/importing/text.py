"""Facts read out of sentences: money limits, meetings per year, composition rows
written as prose, statutes."""

import re
from html import escape

from . import vocabulary as words
from .document import Heading, ListItem, Paragraph, Table

#: Longest list item a block holds (CharBlock max_length).
MAX_ITEM = 1000

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")


def sentences(text):
    return [part for part in SENTENCE_END.split(text.strip()) if part]


def money_limit(text):
    """50000 from 'upp till 50 000 kr'; thousands for 'tkr'; None without one."""
    match = words.MONEY.search(text)
    if not match:
        return None
    amount = int(re.sub(r"\D", "", match[1]))
    return amount * 1000 if match[2].lower() == "tkr" else amount


_MEETINGS_RANGE = re.compile(
    words.NUMBER + r"\s*(?:till|–|-)\s*" + words.NUMBER + r"\s+(?:gånger|möten|ggr)",
    re.IGNORECASE,
)
_MEETINGS_MIN = re.compile(
    r"minst\s+" + words.NUMBER + r"\s+(?:gånger|möten|ggr|sammanträden)",
    re.IGNORECASE,
)


def meetings(text):
    """(least, most, period) meetings a text states, or None."""
    period = "term" if re.search(r"\bper termin\b|\bvarje termin\b", text) else "year"
    match = _MEETINGS_RANGE.search(text)
    if match:
        return words.number(match[1]), words.number(match[2]), period
    match = _MEETINGS_MIN.search(text)
    if match:
        return words.number(match[1]), None, period
    return None


_MEMBERS_FROM = re.compile(
    r"^De\s+" + words.NUMBER + r"\s+((?:ledamöterna|representanterna|platserna)\s+"
    r"från\s+.+?)\s+(bemannas av|utses av|är)\s+(.+?)\.?$",
    re.IGNORECASE,
)
_CONSISTS_OF = re.compile(r"\bbestår av\s+(.+?)\.?$")
_TOTAL = re.compile(
    r"\btotalt\b.*?\b" + words.NUMBER + r"\s+(?:deltagare|ledamöter|representanter)",
    re.IGNORECASE,
)


def composition_rows(sentence):
    """Composition rows a sentence states, e.g. 'Styrgruppen består av fem
    representanter från länets kommuner och två representanter från Landstinget'."""
    match = _MEMBERS_FROM.match(sentence)
    if match:
        row = {"group": _capital(match[2]), "members": words.number(match[1])}
        if match[3].lower() == "är":
            row["note"] = _capital(match[4])
        else:
            row["appointed_by"] = match[4]
        return [row]
    match = _CONSISTS_OF.search(sentence)
    if not match:
        return []
    rows = []
    for part in re.split(r",\s*|\s+och\s+|\s+samt\s+", match[1]):
        counted = re.match(words.NUMBER + r"\s+(\S.+)$", part.strip(), re.IGNORECASE)
        if counted and words.number(counted[1]):
            rows.append(
                {"group": _capital(counted[2]), "members": words.number(counted[1])}
            )
    return rows


def stated_total(sentence):
    match = _TOTAL.search(sentence)
    return words.number(match[1]) if match else None


def _capital(text):
    return text[:1].upper() + text[1:]


def statutes(text):
    return [normalise_statute(match) for match in words.STATUTE.findall(text)]


def normalise_statute(text):
    return " ".join(text.split())


# --- rich text -----------------------------------------------------------------------


def rich_text(content):
    """Rich-text HTML for headings, paragraphs, list items and tables."""
    parts, items = [], []
    for element in content:
        if not isinstance(element, ListItem) and items:
            parts.append(_bullets(items))
            items = []
        if isinstance(element, ListItem):
            items.append(element.text)
        elif isinstance(element, Heading):
            parts.append(f"<h3>{escape(element.text, quote=False)}</h3>")
        elif isinstance(element, Table):
            parts += [
                f"<p>{escape(' – '.join(c for c in row if c), quote=False)}</p>"
                for row in element.rows
            ]
        elif isinstance(element, Paragraph):
            parts.append(_paragraph(element.text))
    if items:
        parts.append(_bullets(items))
    return "".join(parts)


def _paragraph(text):
    return (
        "<p>"
        + "<br/>".join(escape(line, quote=False) for line in text.split("\n"))
        + "</p>"
    )


def _bullets(items):
    return (
        "<ul>" + "".join(f"<li>{escape(i, quote=False)}</li>" for i in items) + "</ul>"
    )


def plain(content):
    """Plain text (for TextBlocks): paragraphs separated by blank lines."""
    return "\n\n".join(
        element.text if not isinstance(element, Table) else element.as_text()
        for element in content
    )
