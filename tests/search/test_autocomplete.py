"""Title suggestions for the search box: the endpoint the script asks, and the
markup the script enhances."""

import pytest

from tests.factories import (
    BodyPageFactory,
    OrganisationPageFactory,
    SpecificationPageFactory,
)


@pytest.fixture
def two_organisations(home):
    pages = {}
    for slug, title in (("vg", "Västra Götaland"), ("halland", "Halland")):
        organisation = OrganisationPageFactory(parent=home, slug=slug, title=title)
        specification = SpecificationPageFactory(
            parent=organisation, slug=f"spec-{slug}", title=f"Specifikation {title}"
        )
        pages[slug] = organisation
        pages[f"group-{slug}"] = BodyPageFactory(
            parent=specification, slug="grupp", title=f"Beredningsgrupp {title}"
        )
    return pages


def suggestions(client, **params):
    response = client.get("/sok/autocomplete/", params)
    assert response.status_code == 200
    return response.json()["results"]


def test_suggestions_link_to_the_pages(client, two_organisations):
    results = suggestions(client, q="Beredningsgr")
    assert sorted(item["title"] for item in results) == [
        "Beredningsgrupp Halland",
        "Beredningsgrupp Västra Götaland",
    ]
    urls = {item["title"]: item["url"] for item in results}
    assert urls["Beredningsgrupp Halland"] == two_organisations["group-halland"].url


def test_suggestions_within_one_organisation(client, two_organisations):
    results = suggestions(client, q="Beredningsgr", org=two_organisations["vg"].pk)
    assert [item["title"] for item in results] == ["Beredningsgrupp Västra Götaland"]


@pytest.mark.parametrize("org", ["", "x", "²", "9" * 40, "-1"])
def test_an_unusable_organisation_is_ignored(client, two_organisations, org):
    assert len(suggestions(client, q="Beredningsgr", org=org)) == 2


def test_a_page_that_is_not_an_organisation_does_not_scope(client, two_organisations):
    group = two_organisations["group-vg"]
    assert len(suggestions(client, q="Beredningsgr", org=group.pk)) == 2


@pytest.mark.parametrize("text", ["", " ", "B"])
def test_fewer_than_two_characters_suggest_nothing(client, two_organisations, text):
    assert suggestions(client, q=text) == []


@pytest.mark.parametrize(
    "text",
    [
        "!!",
        '" OR 1=1 --',
        "beredning* & | ! ( ) :",
        "\u202e\u200b\U0001f600",
        "x" * 5000,
    ],
)
def test_hostile_input_gives_an_answer_not_an_error(client, two_organisations, text):
    for item in suggestions(client, q=text):
        assert item["title"].startswith("Beredningsgrupp")


def test_search_boxes_carry_what_the_script_needs(client, two_organisations):
    for url in (two_organisations["group-vg"].url, "/sok/?q=grupp"):
        html = client.get(url).content.decode()
        assert 'data-autocomplete-url="/sok/autocomplete/"' in html
        assert 'data-autocomplete-label="Föreslagna sidor"' in html
        assert "search/autocomplete.js" in html
        # Without the script the box is a plain search field, not a combobox.
        assert 'role="combobox"' not in html


def test_the_english_box_asks_the_english_endpoint(client, two_organisations):
    html = client.get("/en/sok/").content.decode()
    assert 'data-autocomplete-url="/en/sok/autocomplete/"' in html
    assert 'data-autocomplete-label="Suggested pages"' in html
