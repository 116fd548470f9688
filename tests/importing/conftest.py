import html
import re
from pathlib import Path

import pytest
from django.utils import translation

from pages.importing import import_document
from pages.importing.document import words_of
from pages.importing.readers import read_document

SEEDS = Path(__file__).parent / "seeds"


def seed(number):
    """The file name and bytes of a seed document (fixtures copied from the source
    documents)."""
    path = SEEDS / f"seed_{number}.txt"
    return path.name, path.read_bytes()


def source_words(name, data):
    """The words of a source file, without the Word debris the importer removes."""
    return read_document(name, data).words()


def draft(page):
    """The page as its latest (draft) revision holds it."""
    return page.specific.get_latest_revision_as_object()


def draft_text(pages):
    """Every text the drafts hold: titles, introductions, the routine's fields, the
    change summary and every string in their blocks."""
    texts = []
    for page in pages:
        page = draft(page)
        for name in (
            "title",
            "introduction",
            "purpose",
            "scope",
            "changes_since_previous",
            "change_summary",
            "short_name",
            "convener",
        ):
            texts.append(str(getattr(page, name, "") or ""))
        texts += list(_strings(list(page.content.raw_data)))
        with translation.override("sv"):  # as readers will see it: with the
            # headings the page shows for its fields and the blocks' column labels
            texts += [str(heading) for _anchor, heading in page.table_of_contents()]
            texts.append(page.content.render_as_block())
    return html.unescape(re.sub(r"<[^>]+>", " ", " ".join(texts)))


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, int) and not isinstance(value, bool):
        yield str(value)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def blocks_of(page, block_type):
    return [
        child.value for child in draft(page).content if child.block_type == block_type
    ]


def run_import(parent, name, data, **kwargs):
    return import_document(name, data, parent, **kwargs)


__all__ = [
    "blocks_of",
    "draft",
    "draft_text",
    "run_import",
    "seed",
    "source_words",
    "words_of",
]


@pytest.fixture
def seeds():
    return seed
