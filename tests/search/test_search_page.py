"""The public search page: results, filters, pagination, and hostile input."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from tests.factories import (
    BodyPageFactory,
    GlossaryPageFactory,
    OrganisationPageFactory,
    RoutinePageFactory,
    SpecificationPageFactory,
)

MANDATE = (
    "mandate",
    {
        "items": [
            {
                "decision": "Fatta beslut om anpassning gällande IT-stöd",
                "money_limit": 50000,
            }
        ]
    },
)
QUORUM = (
    "working_forms",
    {"quorum": "Beslutsförhet när hälften av beredningsgruppens ledamöter deltar."},
)
REFERENCES = (
    "legal_references",
    {
        "items": [
            {"statute_id": "Lag (2017:612)", "title": "om samverkan vid utskrivning"}
        ]
    },
)


@pytest.fixture
def site_pages(home):
    vg = OrganisationPageFactory(
        parent=home, title="Hjälpmedel i Västra Götaland", slug="vg"
    )
    halland = OrganisationPageFactory(
        parent=home, title="Hjälpmedel i Halland", slug="halland"
    )
    spec = SpecificationPageFactory(
        parent=vg, title="Specifikation samarbete", slug="spec"
    )
    it_group = BodyPageFactory(
        parent=spec,
        title="Beredningsgrupp IT-stöd",
        slug="it",
        content=[MANDATE, QUORUM],
    )
    routine = RoutinePageFactory(
        parent=halland,
        title="Anvisning utskrivning",
        slug="anvisning",
        content=[REFERENCES],
    )
    glossary = GlossaryPageFactory(
        parent=vg,
        title="Begrepp",
        slug="begrepp",
        content=[
            (
                "glossary_term",
                {"term": "Huvudman", "description": "Region eller kommun."},
            )
        ],
    )
    return {
        "vg": vg,
        "halland": halland,
        "spec": spec,
        "it": it_group,
        "routine": routine,
        "glossary": glossary,
    }


def get(client, **params):
    response = client.get("/sok/", params)
    assert response.status_code == 200
    return response


def result_titles(response):
    return [hit["page"].title for hit in response.context["hits"]]


def test_a_result_shows_title_type_organisation_snippet_and_date(client, site_pages):
    response = get(client, q="beslutsförhet")
    [hit] = response.context["hits"]
    assert hit["page"].title == "Beredningsgrupp IT-stöd"
    assert str(hit["type"]) in ("body", "organ")
    assert hit["organisation"].title == "Hjälpmedel i Västra Götaland"
    assert "<mark>Beslutsförhet</mark>" in hit["snippet"]
    html = response.content.decode()
    assert "Beredningsgrupp IT-stöd" in html
    assert "<mark>Beslutsförhet</mark>" in html
    assert 'class="last-updated"' in html or "<time" in html


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("50 000", "Beredningsgrupp IT-stöd"),
        ("Lag (2017:612)", "Anvisning utskrivning"),
        ("Huvudman", "Begrepp"),
    ],
)
def test_words_in_tables_and_references_are_found(client, site_pages, text, title):
    assert title in result_titles(get(client, q=text))


def test_filter_by_page_type(client, site_pages):
    assert result_titles(get(client, q="IT-stöd", type="body")) == [
        "Beredningsgrupp IT-stöd"
    ]
    assert result_titles(get(client, q="IT-stöd", type="routine")) == []


def test_filter_by_organisation(client, site_pages):
    vg, halland = site_pages["vg"], site_pages["halland"]
    assert result_titles(get(client, q="Lag 2017:612", org=halland.pk)) == [
        "Anvisning utskrivning"
    ]
    assert result_titles(get(client, q="Lag 2017:612", org=vg.pk)) == []


def test_an_unknown_filter_is_ignored_not_an_error(client, site_pages):
    assert "Beredningsgrupp IT-stöd" in result_titles(
        get(client, q="IT-stöd", type="nonsense", org="x")
    )


def test_no_match_says_so_and_suggests_titles(client, site_pages):
    response = get(client, q="Beredningsgrupp zzzqqq")
    assert response.context["paginator"].count == 0
    html = response.content.decode()
    assert "search-no-results" in html


def test_pagination_handles_bad_page_numbers(client, home):
    organisation = OrganisationPageFactory(parent=home, slug="org")
    spec = SpecificationPageFactory(parent=organisation, slug="spec")
    for number in range(12):
        BodyPageFactory(
            parent=spec, slug=f"grupp-{number}", title=f"Samverkansgrupp {number}"
        )
    assert len(get(client, q="Samverkansgrupp").context["hits"]) == 10
    assert len(get(client, q="Samverkansgrupp", page=2).context["hits"]) == 2
    assert len(get(client, q="Samverkansgrupp", page=999).context["hits"]) == 2
    assert len(get(client, q="Samverkansgrupp", page="två").context["hits"]) == 10
    assert len(get(client, q="Samverkansgrupp", page="-1").context["hits"]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "x" * 10_000,
        "!!! ??? ... ///",
        "'; DROP TABLE wagtailcore_page; --",
        '" OR 1=1 --',
        "beredning* & | ! ( ) : <-> \\",
        "\u202eåäö\u200b\U0001f600 \u0000 ﷽",
        "((((((((((a))))))))))+" * 50,
    ],
)
def test_hostile_input_never_fails(client, site_pages, text):
    response = get(client, q=text)
    assert response.context["search_query"] == response.context["search_query"].strip()
    assert len(response.context["search_query"]) <= 200


def test_html_in_the_query_is_escaped(client, site_pages):
    response = get(client, q='<script>alert("x")</script>')
    html = response.content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;" in html


def test_drafts_private_and_expired_pages_are_never_found(client, site_pages):
    spec = site_pages["spec"]
    draft = BodyPageFactory(
        parent=spec, slug="utkast", title="Hemlig beredningsgrupp utkast"
    )
    draft.unpublish()
    private = BodyPageFactory(
        parent=spec, slug="privat", title="Hemlig beredningsgrupp privat"
    )
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    expired = BodyPageFactory(
        parent=spec, slug="utgangen", title="Hemlig beredningsgrupp utgången"
    )
    expired.expire_at = timezone.now() - datetime.timedelta(days=1)
    expired.expired = True
    expired.live = False
    expired.save()
    # A published page whose newest revision is an unpublished edit.
    live = site_pages["it"]
    live.title = "Hemlig beredningsgrupp ny titel"
    live.save_revision()
    assert result_titles(get(client, q="Hemlig")) == []


def test_other_languages_are_not_mixed_in(client, site_pages):
    english, _created = Locale.objects.get_or_create(language_code="en")
    site_pages["it"].copy_for_translation(
        english, copy_parents=True
    ).save_revision().publish()
    titles = result_titles(get(client, q="IT-stöd"))
    assert titles == ["Beredningsgrupp IT-stöd"]
    response = client.get("/en/sok/", {"q": "IT-stöd"})
    assert response.status_code == 200
    assert [hit["page"].locale for hit in response.context["hits"]] == [english]


def test_autocomplete_suggests_titles(client, site_pages):
    response = client.get("/sok/autocomplete/", {"q": "Bered"})
    assert response.status_code == 200
    assert "Beredningsgrupp IT-stöd" in [
        item["title"] for item in response.json()["results"]
    ]


def test_searching_within_an_organisation_from_its_pages(client, site_pages):
    html = client.get(site_pages["spec"].url).content.decode()
    assert f'name="org" value="{site_pages["vg"].pk}"' in html


@pytest.mark.parametrize(
    "text", ["beredningsgruppens", "beredningsgrupperna", "mandatet", "Mandatet"]
)
def test_inflected_swedish_forms_match(client, home, text):
    organisation = OrganisationPageFactory(parent=home, slug="org")
    spec = SpecificationPageFactory(parent=organisation, slug="spec")
    BodyPageFactory(
        parent=spec,
        slug="grupp",
        title="Grupp",
        content=[
            (
                "section",
                {"heading": "Om", "body": "<p>En beredningsgrupp med mandat.</p>"},
            )
        ],
    )
    assert result_titles(get(client, q=text)) == ["Grupp"]
