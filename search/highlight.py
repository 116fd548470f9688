"""Snippets of a page's text around the words a reader searched for."""

import re

from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe

from .query import search_words

SNIPPET_LENGTH = 240


def page_text(page):
    """The text a reader sees on a page, as one string (introduction and blocks)."""
    parts = [strip_tags(str(getattr(page, "introduction", "") or ""))]
    stream_name = getattr(page, "stream_field_name", None)
    stream = getattr(page, stream_name, None) if stream_name else None
    if stream is not None:
        parts += stream.stream_block.get_searchable_content(stream)
    return " ".join(" ".join(strip_tags(str(part)).split()) for part in parts if part)


def term_patterns(query):
    """The whole query first, then each word; long words also match inflected forms
    ('beredningsgruppens' highlights 'beredningsgrupperna')."""
    patterns = [re.escape(query)]
    for word in search_words(query):
        stem = word[: max(4, len(word) - 4)] if len(word) > 6 else word
        patterns.append(re.escape(stem) + r"\w*")
    return patterns


def snippet(text, query, length=SNIPPET_LENGTH):
    """Escaped text around the first match, with the matches marked; '' if none."""
    for pattern in term_patterns(query):
        regex = re.compile(pattern, re.IGNORECASE)
        match = regex.search(text)
        if match:
            break
    else:
        return ""
    start = max(0, match.start() - length // 3)
    end = min(len(text), start + length)
    window = text[start:end]
    pieces, position = [], 0
    for found in regex.finditer(window):
        pieces.append(
            format_html(
                "{}<mark>{}</mark>", window[position : found.start()], found.group()
            )
        )
        position = found.end()
    pieces.append(format_html("{}", window[position:]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(pieces) + suffix)  # noqa: S308 - pieces are escaped
