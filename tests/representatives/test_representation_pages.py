"""Each member organisation's page 'where we are represented': its current seats
in the collaboration's public bodies, grouped by body, and the list of members."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from pages.models import AppointmentRole
from tests.factories import BodyPageFactory, OrganisationPageFactory

pytestmark = pytest.mark.django_db


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def text(element):
    return " ".join(element.get_text().split())


def test_member_list_links_to_each_members_page(
    client, organisation, municipality, region
):
    soup = soup_of(client, f"{organisation.url}representation/")

    links = {text(a): a["href"] for a in soup.select("main .page-list a")}
    assert links == {
        "Region Testlän": f"{organisation.url}representation/region-testlan/",
        "Storby kommun": f"{organisation.url}representation/storby-kommun/",
    }
    assert text(soup.h1) == "Här är vi representerade"


def test_organisation_page_links_to_representation_and_open_data(client, organisation):
    soup = soup_of(client, organisation.url)

    hrefs = {a["href"] for a in soup.select("main a")}
    for below in (
        "representation/",
        "oppna-data/popolo/",
        "oppna-data/sammansattning/",
        "oppna-data/mandat/",
    ):
        assert f"{organisation.url}{below}" in hrefs


def test_current_seats_grouped_by_body(
    client, organisation, specification, council, municipality, region, appoint
):
    group = BodyPageFactory(parent=specification, title="Beredningsgrupp", slug="bg")
    appoint("Karin Sjöberg", municipality, council, role=AppointmentRole.CHAIR)
    appoint("Dold Person", municipality, group, public=False)
    appoint("Annan Region", region, council)

    soup = soup_of(
        client, f"{council.get_parent().get_parent().url}representation/storby-kommun/"
    )

    sections = soup.select("main section")
    assert [text(s.h2) for s in sections] == ["Hjälpmedelsråd", "Beredningsgrupp"]
    assert sections[0].h2.a["href"] == council.url
    assert "Karin Sjöberg, ordförande" in text(sections[0])
    assert "Namn ej publicerat, ledamot" in text(sections[1])
    assert "Dold Person" not in str(soup)
    assert "Annan Region" not in str(soup)


def test_private_and_unpublished_bodies_are_left_out(
    client, organisation, specification, council, municipality, appoint
):
    private = BodyPageFactory(parent=specification, title="Internt råd", slug="internt")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    draft = BodyPageFactory(parent=specification, title="Utkast", slug="utkast")
    draft.unpublish()
    for body in (council, private, draft):
        appoint(f"Ledamot i {body.slug}", municipality, body)

    soup = soup_of(client, f"{organisation.url}representation/storby-kommun/")

    assert [text(s.h2) for s in soup.select("main section")] == ["Hjälpmedelsråd"]


def test_unknown_member_and_other_collaborations_members_are_404(
    client, home, organisation, municipality
):
    other = OrganisationPageFactory(parent=home, slug="annat")

    assert client.get(f"{organisation.url}representation/okand/").status_code == 404
    assert client.get(f"{other.url}representation/storby-kommun/").status_code == 404


def test_member_page_queries_do_not_grow_with_seats(
    client,
    organisation,
    specification,
    municipality,
    appoint,
    django_assert_max_num_queries,
):
    url = f"{organisation.url}representation/storby-kommun/"
    bodies = [
        BodyPageFactory(parent=specification, title=f"Grupp {n}", slug=f"grupp-{n}")
        for n in range(6)
    ]
    appoint("Första", municipality, bodies[0])
    client.get(url)
    with django_assert_max_num_queries(40) as few:
        client.get(url)
    for number, body in enumerate(bodies):
        appoint(f"Ledamot {number}", municipality, body)
    with django_assert_max_num_queries(len(few.captured_queries)):
        soup = soup_of(client, url)
    assert len(soup.select("main section")) == 6
