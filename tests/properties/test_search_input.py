"""Hostile and generated search input: the search page and the title suggestions
answer 200 with a bounded number of queries, and the text handed to the database is
bounded in length and in words, whatever the reader types.

Examples: 300 generated queries through the search page and 500 through the
autocomplete endpoint, besides the hostile list; the last test asserts the count."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from wagtail.search.query import PlainText

from search.forms import MAX_QUERY_LENGTH, normalise_query
from search.query import MAX_TERMS, build_query
from tests.factories import BodyPageFactory
from tests.security.xss import PAYLOADS, assert_escaped

EXAMPLES = {"search": 300, "autocomplete": 500}
COUNTED = dict.fromkeys(EXAMPLES, 0)
SETTINGS = {
    "deadline": None,
    "database": None,
    "phases": [Phase.explicit, Phase.generate],
    "suppress_health_check": [
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
    ],
}
HOSTILE_QUERIES = [
    "a" * 10_000,
    "mandat " * 1_500,
    "(a+)+$",
    "(a|aa)*b" * 50,
    "*",
    "**",
    '" OR 1=1 --',
    "'; DROP TABLE wagtailcore_page; --",
    "NEAR(mandat beslut, 2)",
    "mandat NEAR/3 beslut",
    "a:*",
    "a:* & b:*",
    "!&|",
    "!!mandat",
    "mandat & | ! ( ) :",
    '"unbalanced',
    "((((mandat",
    "mandat))))",
    "mandat\x00beslut",
    "\x00" * 100,
    "\u200f\u202eמנדט\u202c mandat",
    "\ufeffmandat\u200b",
    "-mandat +beslut ^2 ~1",
    "mandat* OR beslut*",
    "column:mandat title:beslut",
    "{1,2} [a-z]+ \\d+ \\",
    "%_%",
    *[text for _name, text in PAYLOADS],
]
#: A body page renders in a few dozen queries; a search page must stay below this
#: whatever the query.
MAX_QUERIES = 40
#: Title suggestions: the search, the organisation and each suggestion's address.
MAX_AUTOCOMPLETE_QUERIES = 12
#: The longest SQL statement (with its parameters) a search may send.
MAX_SQL_LENGTH = 20_000

QUERY_TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(HOSTILE_QUERIES + ["mandat", "råd", "IT-stöd"])).map(
        " ".join
    ),
    st.text(alphabet='()*:"!&|^~+-<> aåNEAR\x00\u202e', max_size=120),
)


@pytest.fixture
def searchable(specification):
    return BodyPageFactory(
        parent=specification,
        title="Beredningsgrupp för mandat",
        slug="bg",
        introduction="<p>Gruppen har mandat att besluta om rutiner.</p>",
    )


def sql_sent(queries):
    return [query["sql"] for query in queries]


def test_long_input_is_cut_to_the_maximum_length_and_terms():
    query, shortened = normalise_query("beslut " * 2_000)
    assert shortened
    assert len(query) <= MAX_QUERY_LENGTH
    built = build_query(query, language="sv")
    assert len(built.subqueries) == MAX_TERMS
    english = build_query("a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p", language="en")
    assert isinstance(english, PlainText)
    assert english.query_string.split() == list("abcdefghij")


@pytest.mark.parametrize("text", HOSTILE_QUERIES)
def test_hostile_query_answers_with_bounded_work(client, searchable, text):
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/sok/", {"q": text})
    assert response.status_code == 200
    assert len(captured) <= MAX_QUERIES
    assert max(len(sql) for sql in sql_sent(captured)) <= MAX_SQL_LENGTH
    assert_escaped(response.content)


def test_words_after_the_tenth_are_left_out(client, searchable):
    """The eleventh word matches nothing, yet the page is found: only the first
    ten words are searched for, and the reader is told so."""
    words = "beredningsgrupp " + "mandat " * 9 + "ordsomintefinns"
    html = client.get("/sok/", {"q": words}).content.decode()
    assert "/bg/" in html
    assert "bara början av den användes" in html
    html = client.get("/sok/", {"q": "beredningsgrupp ordsomintefinns"}).content
    assert b"/bg/" not in html


@pytest.mark.parametrize("text", HOSTILE_QUERIES)
def test_hostile_autocomplete_answers_json(client, searchable, text):
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/sok/autocomplete/", {"q": text})
    assert response.status_code == 200
    assert isinstance(response.json()["results"], list)
    assert len(captured) <= MAX_AUTOCOMPLETE_QUERIES


@settings(max_examples=EXAMPLES["search"], **SETTINGS)
@given(text=QUERY_TEXT, page=st.one_of(st.just(""), st.text(max_size=5)))
def test_generated_queries_on_the_search_page(client, searchable, text, page):
    response = client.get("/sok/", {"q": text, "page": page, "type": "body"})
    assert response.status_code == 200
    COUNTED["search"] += 1


@settings(max_examples=EXAMPLES["autocomplete"], **SETTINGS)
@given(text=QUERY_TEXT, org=st.one_of(st.just(""), st.text(max_size=20)))
def test_generated_queries_on_autocomplete(client, searchable, text, org):
    response = client.get("/sok/autocomplete/", {"q": text, "org": org})
    assert response.status_code == 200
    COUNTED["autocomplete"] += 1


def test_examples_were_generated():
    """Runs after the tests above: every generated query was answered."""
    ran = {kind: count for kind, count in COUNTED.items() if count}
    assert ran == {kind: EXAMPLES[kind] for kind in ran}
