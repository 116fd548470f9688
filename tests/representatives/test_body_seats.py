"""Body pages show the seats filled against the composition, the vacancies and the
current holders from the register; names only where they are public."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from pages.models import AppointmentRole
from pages.representation.queries import body_seats
from tests.factories import BodyPageFactory

pytestmark = pytest.mark.django_db


def seats_section(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    heading = soup.find(id="ledamoter")
    return heading.find_parent("section") if heading else None


def text(element):
    return " ".join(element.get_text().split())


def test_seats_filled_of_the_composition_and_vacancies(
    client, council, municipality, region, appoint
):
    appoint(
        "Karin Sjöberg",
        municipality,
        council,
        role=AppointmentRole.CHAIR,
        party="Kommunerna",
    )
    appoint("Maria Ekholm", municipality, council, party="Kommunerna")
    appoint("Sara Nordin", region, council, party="Regionen")

    section = seats_section(client, council)

    assert "Platser: 3 av 5 tillsatta" in text(section.select_one(".seats__summary"))
    rows = section.select("tbody tr")
    assert [text(r.th) for r in rows] == [
        "Kommunrepresentanter (Kommunerna)",
        "Regionrepresentanter (Regionen)",
    ]
    assert "2 av 3" in text(rows[0]) and "ersättare 0 av 1" in text(rows[0])
    assert "1 av 2" in text(rows[1])
    vacancies = [text(li) for li in section.select(".vacancies li")]
    assert vacancies == [
        "Kommunrepresentanter (Kommunerna): 1 ledamotsplats vakant, "
        "1 ersättarplats vakant",
        "Regionrepresentanter (Regionen): 1 ledamotsplats vakant",
    ]
    assert "Karin Sjöberg, ordförande, representant för Storby kommun" in text(rows[0])


def test_a_name_not_marked_public_is_not_shown(client, council, municipality, appoint):
    appoint("Hemlig Person", municipality, council, public=False, party="Kommunerna")

    response = client.get(council.url)

    assert "Hemlig Person" not in response.content.decode()
    section = seats_section(client, council)
    assert "Namn ej publicerat, ledamot, representant för Storby kommun" in text(
        section
    )
    assert "1 av 3" in text(section.select("tbody tr")[0])


def test_expired_and_future_terms_do_not_count(client, council, municipality, appoint):
    today = timezone.localdate()
    appoint(
        "Olof Berglund",
        municipality,
        council,
        party="Kommunerna",
        term_from=today - datetime.timedelta(days=800),
        term_to=today - datetime.timedelta(days=1),
    )
    appoint(
        "Ny Ledamot",
        municipality,
        council,
        party="Kommunerna",
        term_from=today + datetime.timedelta(days=10),
    )
    appoint(
        "Sista Dagen",
        municipality,
        council,
        party="Kommunerna",
        term_to=today,
    )

    section = seats_section(client, council)

    assert "Olof Berglund" not in text(section)
    assert "Ny Ledamot" not in text(section)
    assert "Sista Dagen" in text(section)
    assert "Platser: 1 av 5 tillsatta" in text(section.select_one(".seats__summary"))


def test_seats_matched_by_group_party_and_role(council, municipality, region, appoint):
    appoint(
        "Ersättare Ett",
        municipality,
        council,
        role=AppointmentRole.DEPUTY,
        party="Kommunerna",
    )
    appoint("Namngiven Rad", region, council, seat_group=" regionrepresentanter ")
    appoint("Okänd Part", region, council, party="Privata utförare")
    appoint("Sekreterare", region, council, role=AppointmentRole.SECRETARY)
    for number in range(4):
        appoint(f"Kommun {number}", municipality, council, party="Kommunerna")

    seats = body_seats(council)

    municipalities, regions = seats.rows
    assert municipalities.deputies_filled == 1
    assert municipalities.members_filled == 3  # the fourth finds no free seat
    assert [h.name for h in regions.member_holders] == ["Namngiven Rad"]
    others = {h.name for h in seats.other_holders}
    assert others == {"Okänd Part", "Sekreterare", "Kommun 3"}
    assert (seats.members_filled, seats.members) == (4, 5)


def test_no_section_without_composition_or_holders(client, specification):
    body = BodyPageFactory(parent=specification, title="Nätverk", slug="natverk")

    assert seats_section(client, body) is None


def test_body_page_queries_do_not_grow_with_holders(
    client, council, municipality, appoint, django_assert_max_num_queries
):
    appoint("Första", municipality, council, party="Kommunerna")
    client.get(council.url)
    with django_assert_max_num_queries(40) as few:
        client.get(council.url)
    for number in range(12):
        appoint(f"Ledamot {number}", municipality, council, party="Kommunerna")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(council.url)
    assert "Ledamot 11" in response.content.decode()
