"""Importing Word, HTML and text documents into draft pages.

`readers` turns a file into a neutral Document, `structure` recognises its title,
bodies and sections, `blocks` maps those to governance blocks, `drafts` creates the
unpublished pages, and `report` says what became what."""

from .document import MAX_BYTES, MAX_SIZE_LABEL, DocumentError
from .drafts import PAGE_TYPES, import_document

__all__ = [
    "MAX_BYTES",
    "MAX_SIZE_LABEL",
    "PAGE_TYPES",
    "DocumentError",
    "import_document",
]
