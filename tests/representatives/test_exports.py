"""Open data per organisation: Popolo JSON of bodies, seats and memberships, CSV of
composition tables and of mandates. Only live, public, current-language pages as
published; persons only where their name is public."""

import csv
import io

import pytest
from wagtail.models import Locale, PageViewRestriction

from pages.models import AppointmentRole
from pages.publishing import unpublish_expired_pages
from tests.factories import BodyPageFactory
from tests.representatives.content import COMPOSITION, MANDATE

pytestmark = pytest.mark.django_db


def popolo(client, organisation):
    response = client.get(f"{organisation.url}oppna-data/popolo/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()


def csv_lines(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))


@pytest.fixture
def seated(council, municipality, region, appoint):
    return {
        "chair": appoint(
            "Karin Sjöberg",
            municipality,
            council,
            role=AppointmentRole.CHAIR,
            party="Kommunerna",
        ),
        "hidden": appoint(
            "Dold Person", region, council, public=False, party="Regionen"
        ),
        "secretary": appoint("Lena Forsberg", region, council, role="secretary"),
    }


def test_popolo_organizations_posts_persons_memberships(
    client, organisation, specification, council, municipality, region, seated
):
    data = popolo(client, organisation)

    assert set(data) == {"organizations", "posts", "persons", "memberships"}
    by_name = {o["name"]: o for o in data["organizations"]}
    collaboration = by_name["Hjälpmedel i Testlän"]
    assert collaboration["classification"] == "collaboration"
    body = by_name["Hjälpmedelsråd"]
    assert body["parent_id"] == collaboration["id"]
    assert body["classification"] == council.form
    assert body["links"] == [{"url": f"http://localhost{council.url}"}]
    assert by_name["Storby kommun"]["classification"] == "municipality"
    assert by_name["Region Testlän"]["classification"] == "region"

    posts = data["posts"]
    assert [(p["label"], p["seats"], p["deputy_seats"]) for p in posts] == [
        ("Kommunrepresentanter", 3, 1),
        ("Regionrepresentanter", 2, None),
    ]
    assert {p["organization_id"] for p in posts} == {body["id"]}

    assert [p["name"] for p in data["persons"]] == ["Karin Sjöberg", "Lena Forsberg"]
    memberships = {m["id"]: m for m in data["memberships"]}
    chair = memberships[f"membership-{seated['chair'].pk}"]
    assert chair["organization_id"] == body["id"]
    assert chair["post_id"] == posts[0]["id"]
    assert chair["on_behalf_of_id"] == by_name["Storby kommun"]["id"]
    assert chair["role"] == "Ordförande"
    assert chair["person_id"] == data["persons"][0]["id"]
    assert chair["start_date"] == seated["chair"].term_from.isoformat()
    assert chair["end_date"] is None
    hidden = memberships[f"membership-{seated['hidden'].pk}"]
    assert "person_id" not in hidden
    assert hidden["post_id"] == posts[1]["id"]
    secretary = memberships[f"membership-{seated['secretary'].pk}"]
    assert "post_id" not in secretary
    assert "Dold Person" not in client.get(
        f"{organisation.url}oppna-data/popolo/"
    ).content.decode("utf-8")


def test_composition_csv_one_line_per_row_with_seats_filled(
    client, organisation, council, seated
):
    lines = csv_lines(client, f"{organisation.url}oppna-data/sammansattning/")

    assert [(line["group"], line["party"], line["members"]) for line in lines] == [
        ("Kommunrepresentanter", "Kommunerna", "3"),
        ("Regionrepresentanter", "Regionen", "2"),
    ]
    assert lines[0]["body"] == "Hjälpmedelsråd"
    assert lines[0]["body_url"] == f"http://localhost{council.url}"
    assert lines[0]["deputies"] == "1"
    assert (lines[0]["members_filled"], lines[1]["members_filled"]) == ("1", "1")
    assert lines[1]["deputies"] == ""


def test_mandate_csv_money_limit_as_a_number(client, organisation, council):
    lines = csv_lines(client, f"{organisation.url}oppna-data/mandat/")

    assert [(line["decision"], line["money_limit_sek"]) for line in lines] == [
        ("Besluta om anpassning av IT-stöd", "50000"),
        ("Fastställa rutiner", ""),
    ]
    assert lines[0]["topic"] == "IT"
    assert lines[0]["section"] == "Mandat"


def test_drafts_unpublished_changes_and_private_pages_never_appear(
    client, organisation, specification, council, municipality, appoint
):
    draft_change = council.get_latest_revision_as_object()
    draft_change.title = "Utkastets titel"
    draft_change.content[1].value["items"][0]["decision"] = "Utkastets mandat"
    draft_change.save_revision()
    BodyPageFactory(
        parent=specification, title="Aldrig publicerad", live=False, publish=False
    )
    private = BodyPageFactory(parent=specification, title="Internt råd", slug="internt")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    hidden_spec = BodyPageFactory(parent=specification, title="Arbetsgrupp", slug="ag")
    BodyPageFactory(parent=hidden_spec, title="Undergrupp under avpublicerad")
    hidden_spec.unpublish()
    appoint("Privat Ledamot", municipality, private)

    texts = [
        client.get(f"{organisation.url}oppna-data/{name}/").content.decode("utf-8")
        for name in ("popolo", "sammansattning", "mandat")
    ]

    for text in texts:
        assert "Hjälpmedelsråd" in text
        for hidden in (
            "Utkastets",
            "Aldrig publicerad",
            "Internt råd",
            "Privat Ledamot",
            "Arbetsgrupp",
            "Undergrupp",
        ):
            assert hidden not in text


def test_private_organisation_has_no_exports(client, organisation, council):
    PageViewRestriction.objects.create(page=organisation, restriction_type="login")

    for name in ("popolo", "sammansattning", "mandat"):
        assert client.get(f"{organisation.url}oppna-data/{name}/").status_code == 404


def test_english_export_lists_english_pages_with_the_same_seats(
    client, home, organisation, specification, council, seated
):
    english = Locale.objects.get(language_code="en")
    english_council = council.copy_for_translation(english, copy_parents=True)
    # The pages above it become aliases of the Swedish ones; the council itself a
    # translation, published here with an English title.
    english_council.title = "Assistive Devices Council"
    english_council.save_revision().publish()

    english_data = popolo(client, organisation.get_translation(english))
    swedish_data = popolo(client, organisation)

    english_bodies = [o["name"] for o in english_data["organizations"]][1:2]
    assert english_bodies == ["Assistive Devices Council"]
    assert "Assistive Devices Council" not in str(swedish_data)
    assert len(english_data["memberships"]) == len(swedish_data["memberships"]) == 3
    ids = {m["organization_id"] for m in english_data["memberships"]}
    assert ids == {m["organization_id"] for m in swedish_data["memberships"]}
    assert english_data["memberships"][0]["role"] == "Chair"


def test_exports_run_a_fixed_number_of_queries(
    client,
    organisation,
    specification,
    municipality,
    appoint,
    django_assert_max_num_queries,
):
    def add_body(number):
        body = BodyPageFactory(
            parent=specification,
            title=f"Grupp {number}",
            slug=f"grupp-{number}",
            content=[COMPOSITION, MANDATE],
        )
        appoint(f"Ledamot {number}", municipality, body, party="Kommunerna")

    add_body(0)
    urls = [
        f"{organisation.url}oppna-data/{name}/"
        for name in ("popolo", "sammansattning", "mandat")
    ]
    counts = {}
    for url in urls:
        client.get(url)
        with django_assert_max_num_queries(40) as few:
            client.get(url)
        counts[url] = len(few.captured_queries)
    for number in range(1, 8):
        add_body(number)
    unpublish_expired_pages()  # once after a publish, not on every request
    for url in urls:
        with django_assert_max_num_queries(counts[url]):
            assert client.get(url).status_code == 200
