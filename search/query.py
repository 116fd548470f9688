"""From the reader's words to a search query.

Swedish nouns take their article and plural as endings: "mandatet",
"beredningsgruppens", "beredningsgrupperna". PostgreSQL's Swedish stemmer misses
some of these ("mandatet" is not reduced to the stem of "mandat"), and SQLite's
full-text search has no stemming at all. So each Swedish word is searched as itself
OR without its ending.
"""

import re

from django.utils import translation
from wagtail.search.query import And, Or, PlainText

#: Definite and plural endings, longest first; a word keeps at least MIN_STEM letters.
SWEDISH_ENDINGS = (
    "arnas",
    "ernas",
    "ornas",
    "arna",
    "erna",
    "orna",
    "ens",
    "ets",
    "ers",
    "ars",
    "en",
    "et",
    "na",
    "er",
    "ar",
    "or",
    "s",
)
MIN_STEM = 4
#: The most words of a query that are searched for (and highlighted); the rest are
#: left out, so that no input makes the database match more terms than this.
MAX_TERMS = 10
_WORD = re.compile(r"\w+", re.UNICODE)


def search_words(text):
    """The words of `text` that are searched for: at most MAX_TERMS."""
    return _WORD.findall(text)[:MAX_TERMS]


def without_ending(word):
    lowered = word.lower()
    for ending in SWEDISH_ENDINGS:
        if lowered.endswith(ending) and len(lowered) - len(ending) >= MIN_STEM:
            return lowered[: -len(ending)]
    return lowered


def build_query(text, language=None):
    """A query matching every word of `text`; Swedish words also without endings."""
    language = (language or translation.get_language() or "").split("-")[0]
    words = search_words(text)
    if language != "sv":
        return PlainText(" ".join(words))
    parts = []
    for word in words:
        variants = dict.fromkeys([word.lower(), without_ending(word)])
        if len(variants) == 1:
            parts.append(PlainText(word))
        else:
            parts.append(Or([PlainText(variant) for variant in variants]))
    return parts[0] if len(parts) == 1 else And(parts)
