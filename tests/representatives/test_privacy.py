"""No name lives in a page or its revisions: deleting a person, or no longer marking
the name public, takes it off every public address at once, earlier versions,
differences, feeds, search and exports included."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Revision
from wagtail.search.index import get_indexed_models

from pages.models import AppointmentRole, ChangeType, Person

pytestmark = pytest.mark.django_db

NAME = "Karin Sjöberg"


def publish_change(page, summary):
    draft = page.get_latest_revision_as_object()
    draft.introduction = f"<p>{summary}</p>"
    draft.change_type, draft.change_summary = ChangeType.SUBSTANTIVE, summary
    draft.save_revision().publish()


@pytest.fixture
def public_addresses(council, organisation, specification):
    """Every public address that could show the council's seat holders."""
    return [
        council.url,
        f"{council.url}versions/",
        f"{council.url}versions/1/",
        f"{council.url}versions/2/",
        f"{council.url}versions/1/diff/2/",
        f"{specification.url}feed/",
        f"{organisation.url}feed/",
        f"{organisation.url}representation/storby-kommun/",
        f"{organisation.url}oppna-data/popolo/",
        f"{organisation.url}oppna-data/sammansattning/",
    ]


def readable(client, addresses):
    """{address: text} of the addresses' answers, each of which must be 200."""
    texts = {}
    for address in addresses:
        response = client.get(address)
        assert response.status_code == 200, address
        texts[address] = response.content.decode()
    return texts


@pytest.fixture
def holder(council, municipality, appoint):
    """Karin Sjöberg chairs the council; the council has two published versions,
    the second published while she held the seat."""
    appointment = appoint(
        NAME, municipality, council, role=AppointmentRole.CHAIR, party="Kommunerna"
    )
    publish_change(council, "Ny ordförande utsedd.")
    return appointment


def test_a_deleted_person_is_gone_from_every_public_address(
    client, holder, public_addresses
):
    shown = readable(client, public_addresses)
    assert NAME in shown[public_addresses[0]]
    assert NAME in shown[public_addresses[-2]]  # the Popolo export

    holder.person.delete()

    for address, text in readable(client, public_addresses).items():
        assert NAME not in text, address
        assert "Sjöberg" not in text, address


def test_no_longer_public_name_is_gone_but_the_seat_stays(
    client, holder, public_addresses
):
    Person.objects.filter(pk=holder.person_id).update(name_is_public=False)

    texts = readable(client, public_addresses)

    for address, text in texts.items():
        assert NAME not in text, address
    assert "Namn ej publicerat" in texts[public_addresses[0]]
    assert "Platser: 1 av 5 tillsatta" in texts[public_addresses[0]]


def test_no_revision_holds_a_name(holder):
    assert not any(NAME in str(r.content) for r in Revision.objects.all())


def test_earlier_versions_show_no_holders(client, holder, council):
    text = client.get(f"{council.url}versions/2/").content.decode()

    assert NAME not in text
    assert "Vilka som har platserna i dag visas på den aktuella sidan." in text


def test_persons_are_not_in_the_search_index(client, holder):
    assert Person not in get_indexed_models()
    for query in ("Karin", "Sjöberg", NAME):
        soup = BeautifulSoup(client.get("/sok/", {"q": query}).content, "html.parser")
        assert soup.select(".search-result") == []
