"""Wagtail's API at /api/v2/: published pages of this site as structured JSON, and
nothing unpublished, private or from another site."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page, PageViewRestriction, Site

from tests.factories import (
    BodyPageFactory,
    HomePageFactory,
    OrganisationPageFactory,
    RoutinePageFactory,
)

pytestmark = pytest.mark.django_db

MANDATE = (
    "mandate",
    {
        "heading": "",
        "anchor": "",
        "items": [{"decision": "Fatta beslut om IT-stöd", "money_limit": 50000}],
    },
)


def get_json(client, path):
    response = client.get(path)
    assert response.status_code == 200, (path, response.content[:300])
    return response.json()


def listed_titles(client, query=""):
    data = get_json(client, f"/api/v2/pages/?limit=20{query}")
    return {item["title"] for item in data["items"]}


@pytest.fixture
def council(specification):
    return BodyPageFactory(
        parent=specification,
        title="Ledningsråd",
        slug="ledningsrad",
        short_name="LR",
        level="political",
        role="decides",
        content=[MANDATE],
    )


def test_body_detail_has_its_fields_and_governance_blocks_as_structured_json(
    client, council, specification
):
    group = BodyPageFactory(
        parent=specification,
        title="Beredningsgrupp",
        reports_to=council,
        reports_to_other="",
        assignments_from_other="Läns-LAKO",
    )

    data = get_json(client, f"/api/v2/pages/{council.pk}/")
    assert data["title"] == "Ledningsråd"
    assert data["meta"]["type"] == "pages.BodyPage"
    assert data["meta"]["locale"] == "sv"
    assert data["meta"]["html_url"].endswith("/testlan/specifikation/ledningsrad/")
    assert (data["short_name"], data["level"], data["role"]) == (
        "LR",
        "political",
        "decides",
    )
    council.refresh_from_db()
    published = datetime.datetime.fromisoformat(data["last_published_at"])
    assert published == council.last_published_at
    [block] = data["content"]
    assert block["type"] == "mandate"
    assert block["id"]
    [item] = block["value"]["items"]
    assert item["decision"] == "Fatta beslut om IT-stöd"
    assert item["money_limit"] == 50000

    relations = get_json(client, f"/api/v2/pages/{group.pk}/")
    assert relations["reports_to"] == {"id": council.pk, "title": "Ledningsråd"}
    assert relations["assignments_from"] is None
    assert relations["assignments_from_other"] == "Läns-LAKO"


def test_rich_text_is_html_with_links_resolved(client, council, specification):
    routine = RoutinePageFactory(
        parent=specification.get_parent(),
        title="Rutin",
        slug="rutin",
        purpose=f'<p>Se <a linktype="page" id="{council.pk}">rådet</a>.</p>',
    )

    data = get_json(client, f"/api/v2/pages/{routine.pk}/")
    assert data["purpose"] == (
        '<p>Se <a href="/testlan/specifikation/ledningsrad/">rådet</a>.</p>'
    )
    assert data["introduction"] == ""
    assert data["kind"] == "rutin"


def test_listing_has_only_live_public_pages_of_this_site(
    client, organisation, specification, council
):
    withdrawn = BodyPageFactory(parent=specification, title="Nedlagd grupp")
    withdrawn.unpublish()
    BodyPageFactory(
        parent=specification, title="Aldrig publicerad", live=False, publish=False
    )
    private = BodyPageFactory(parent=specification, title="Intern grupp")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    BodyPageFactory(parent=private, title="Under intern grupp")
    other_home = HomePageFactory(parent=Page.get_first_root_node(), slug="annan")
    Site.objects.create(hostname="annan.example", root_page=other_home)
    OrganisationPageFactory(parent=other_home, title="Annan organisation")

    titles = listed_titles(client)
    assert {"Ledningsråd", organisation.title, specification.title} <= titles
    for hidden in (
        "Nedlagd grupp",
        "Aldrig publicerad",
        "Intern grupp",
        "Under intern grupp",
        "Annan organisation",
    ):
        assert hidden not in titles
    assert listed_titles(client, "&type=pages.BodyPage&fields=*") == {"Ledningsråd"}
    assert client.get(f"/api/v2/pages/{private.pk}/").status_code == 404
    assert client.get(f"/api/v2/pages/{withdrawn.pk}/").status_code == 404


def test_private_pages_stay_out_for_logged_in_readers_too(client, specification):
    private = BodyPageFactory(parent=specification, title="Intern grupp")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    client.force_login(
        get_user_model().objects.create_superuser("admin", "a@example.se", "pw")
    )

    assert "Intern grupp" not in listed_titles(client)
    assert client.get(f"/api/v2/pages/{private.pk}/").status_code == 404


def test_a_live_page_with_a_draft_shows_its_published_version(client, council):
    draft = council.get_latest_revision_as_object()
    draft.title = "Utkast: nytt namn"
    draft.content = [("assignment", {"items": ["Utkast till uppdrag"]})]
    draft.save_revision()

    data = get_json(client, f"/api/v2/pages/{council.pk}/")
    assert data["title"] == "Ledningsråd"
    assert [block["type"] for block in data["content"]] == ["mandate"]
    assert "Utkast" not in str(listed_titles(client, "&fields=*"))


def test_relations_to_unpublished_or_private_bodies_are_null(
    client, council, specification
):
    hidden = BodyPageFactory(parent=specification, title="Nedlagt råd")
    private = BodyPageFactory(parent=specification, title="Internt råd")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    group = BodyPageFactory(
        parent=specification,
        title="Grupp",
        reports_to=hidden,
        oversight_by=private,
        predecessor=council,
    )
    hidden.unpublish()

    data = get_json(client, f"/api/v2/pages/{group.pk}/")
    assert data["reports_to"] is None
    assert data["oversight_by"] is None
    assert data["predecessor"] == {"id": council.pk, "title": "Ledningsråd"}
    assert "Nedlagt" not in str(data) and "Internt" not in str(data)
