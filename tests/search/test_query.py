"""Swedish endings are taken off a search word, never down to a stub."""

import pytest

from search.query import without_ending


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("mandatet", "mandat"),
        ("beredningsgruppens", "beredningsgrupp"),
        ("beredningsgrupperna", "beredningsgrupp"),
        ("Ledamöterna", "ledamöt"),
        ("råd", "råd"),
        ("rådet", "rådet"),
        ("2017", "2017"),
    ],
)
def test_without_ending(word, expected):
    assert without_ending(word) == expected
