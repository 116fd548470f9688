"""The searches the benchmark measures on the public search page, and the check that
the search finds what it should before anything is measured.

The words come from the synthetic site (`manage.py generate_site`), whose block text
is drawn from a small Swedish vocabulary: "beredning" is in nearly every body page,
"mandat" and "samverkan" in many, and "kvantfysik" in none.
"""

import re
from dataclasses import dataclass
from urllib.parse import urlencode

from .load import LoadError, fetch


@dataclass(frozen=True)
class Search:
    query: str
    expects_hits: bool
    #: What the search stands for, for the documentation and the JSON file.
    description: str

    @property
    def name(self):
        return f'search "{self.query}"'

    def path(self, search_path):
        return f"{search_path}?{urlencode({'q': self.query})}"


SEARCHES = (
    Search("beredning", True, "one word inside blocks, matching many pages"),
    Search("mandatet samverkan", True, "two words, one inflected (mandatet -> mandat)"),
    Search("kvantfysik", False, "matching nothing (the page then suggests titles)"),
)

# "<p class="search-summary" role="status">412 results for …" (search/search.html).
_SUMMARY = re.compile(r'class="search-summary"[^>]*>\s*(\d[\d\s\u00a0]*)')


def count_hits(html):
    """The number of results the search page reports, or None if it reports none."""
    match = _SUMMARY.search(html)
    return int(re.sub(r"\D", "", match[1])) if match else None


def check_hits(urls):
    """{name: url} of the searches → {name: hits}, as the served search page reports
    them. Raises LoadError when a search finds nothing that should find something, or
    the other way round: the figures would then measure the wrong thing."""
    hits = {}
    for search in SEARCHES:
        url = urls[search.name]
        found = count_hits(fetch(url))
        if found is None:
            raise LoadError(
                f"{url}: the search page shows no result count "
                '(<p class="search-summary">…); cannot check what it found.'
            )
        if search.expects_hits and not found:
            raise LoadError(
                f"{url} found nothing on the synthetic site. Is it indexed (pages are "
                "indexed when published), and does the search page search it? "
                "Nothing was measured."
            )
        if not search.expects_hits and found:
            raise LoadError(f"{url} should find nothing but found {found} pages.")
        hits[search.name] = found
    return hits
