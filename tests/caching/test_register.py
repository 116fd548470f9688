"""Changes to the register of representatives show at once on the pages and the
open data drawn from it."""

from pages.models import MemberOrganisation
from tests.caching.conftest import read


def member_page(organisation, slug):
    return organisation.url + organisation.reverse_subpage(
        "member", kwargs={"slug": slug}
    )


def test_a_renamed_person_shows_on_the_body_and_the_member_page(
    client, page_cache, council, organisation, appointment
):
    urls = [
        council.url,
        member_page(organisation, "storby"),
        organisation.url + organisation.reverse_subpage("popolo"),
    ]
    for url in urls:
        assert "Anna Andersson" in read(client, url)[1], url

    person = appointment.person
    person.name = "Anna Berg"
    person.save()

    for url in urls:
        text = read(client, url)[1]
        assert "Anna Berg" in text, url
        assert "Anna Andersson" not in text, url


def test_an_ended_appointment_leaves_the_body_page(
    client, page_cache, council, appointment
):
    assert "Anna Andersson" in read(client, council.url)[1]

    appointment.delete()

    assert "Anna Andersson" not in read(client, council.url)[1]


def test_a_new_or_renamed_member_organisation_shows_in_the_list(
    client, page_cache, organisation, municipality
):
    url = organisation.url + organisation.reverse_subpage("member_list")
    assert "Storby kommun" in read(client, url)[1]

    municipality.name = "Storstads kommun"
    municipality.save()
    other = MemberOrganisation.objects.create(name="Lillby kommun", slug="lillby")
    other.organisations.add(organisation)

    text = read(client, url)[1]
    assert "Storstads kommun" in text
    assert "Lillby kommun" in text
