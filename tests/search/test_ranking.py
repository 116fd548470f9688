"""Results come in order of relevance, page after page, at a cost that does not grow
with the number of matching pages."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.publishing import unpublish_expired_pages
from tests.factories import BodyPageFactory

QUERY = "mandatet samverkan"


def section(text):
    return ("section", {"heading": "Om gruppen", "body": f"<p>{text}</p>"})


def add_bodies(specification, numbers):
    for number in numbers:
        BodyPageFactory(
            parent=specification,
            slug=f"grupp-{number}",
            title=f"Arbetsgrupp {number}",
            content=[section("Gruppens mandat gäller samverkan kring hjälpmedel.")],
        )


def search(client, **params):
    response = client.get("/sok/", params)
    assert response.status_code == 200
    return response


def titles(response):
    return [hit["page"].title for hit in response.context["hits"]]


def test_a_title_match_ranks_above_a_match_in_the_text(client, specification):
    BodyPageFactory(
        parent=specification,
        slug="forum",
        title="Forum",
        content=[section("Forumet arbetar med samverkan mellan huvudmännen.")],
    )
    BodyPageFactory(
        parent=specification,
        slug="samverkansgrupp",
        title="Samverkan",
        content=[section("Gruppen träffas fyra gånger om året.")],
    )
    assert titles(search(client, q="samverkan")) == ["Samverkan", "Forum"]


def test_every_word_must_match_in_some_form(client, specification):
    add_bodies(specification, [1])
    BodyPageFactory(
        parent=specification,
        slug="endast-samverkan",
        title="Nätverk",
        content=[section("Nätverket främjar samverkan.")],
    )
    assert titles(search(client, q=QUERY)) == ["Arbetsgrupp 1"]


def test_result_pages_follow_on_without_gaps_or_repeats(client, specification):
    add_bodies(specification, range(13))
    first = titles(search(client, q=QUERY))
    second = titles(search(client, q=QUERY, page=2))
    assert len(first) == 10
    assert len(second) == 3
    assert sorted(first + second) == sorted(f"Arbetsgrupp {n}" for n in range(13))


def test_query_count_does_not_grow_with_the_matching_pages(
    client, specification, django_assert_max_num_queries
):
    add_bodies(specification, range(2))
    search(client, q=QUERY)  # Site root paths and the like are cached from here on.
    with CaptureQueriesContext(connection) as few:
        response = search(client, q=QUERY)
    assert response.context["paginator"].count == 2

    add_bodies(specification, range(2, 20))
    unpublish_expired_pages()  # once after a publish, not on every request
    with django_assert_max_num_queries(len(few)):
        response = search(client, q=QUERY)
    assert response.context["paginator"].count == 20
    assert len(response.context["hits"]) == 10


def test_autocomplete_query_count_does_not_grow_with_the_titles(
    client, specification, django_assert_max_num_queries
):
    add_bodies(specification, range(1))
    client.get("/sok/autocomplete/", {"q": "Arbetsgr"})
    with CaptureQueriesContext(connection) as few:
        response = client.get("/sok/autocomplete/", {"q": "Arbetsgr"})
    assert len(response.json()["results"]) == 1

    add_bodies(specification, range(1, 12))
    unpublish_expired_pages()  # once after a publish, not on every request
    with django_assert_max_num_queries(len(few)):
        response = client.get("/sok/autocomplete/", {"q": "Arbetsgr"})
    assert len(response.json()["results"]) == 8
