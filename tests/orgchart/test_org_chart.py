"""An organisation's chart: drawn from its bodies' relations on each request."""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import BodyPageFactory, SpecificationPageFactory

from .conftest import soup


def boxes(page):
    """{body page id: (row, href, accessible name)} of the drawing."""
    return {
        int(box["data-body"]): (int(box["data-row"]), box["href"], box["aria-label"])
        for box in page.select("svg a.org-chart__box")
    }


def edges(page, kind):
    return {
        (int(edge["data-from"]), int(edge["data-to"]))
        for edge in page.select(f"svg path.org-chart__edge--{kind}[data-from]")
    }


def list_parents(page):
    """{body id: id of the body it is listed under, or None}."""
    parents = {}
    for item in page.select(".org-tree li[data-body]"):
        outer = item.find_parent("li", attrs={"data-body": True})
        parents[int(item["data-body"])] = int(outer["data-body"]) if outer else None
    return parents


@pytest.fixture
def bodies(specification):
    sro = BodyPageFactory(
        parent=specification, title="SRO", slug="sro", level="political"
    )
    council = BodyPageFactory(
        parent=specification,
        title="Ledningsråd",
        slug="ledningsrad",
        level="officials",
        assignments_from=sro,
    )
    group = BodyPageFactory(
        parent=specification,
        title="Beredningsgrupp IT-stöd",
        slug="it-stod",
        reports_to=council,
        assignments_from=council,
    )
    forum = BodyPageFactory(
        parent=specification, title="Hjälpmedelsforum", slug="forum", reports_to=council
    )
    return {"sro": sro, "council": council, "group": group, "forum": forum}


def test_each_box_links_to_its_body_page(client, chart_url, bodies):
    drawn = boxes(soup(client.get(chart_url)))
    assert set(drawn) == {body.pk for body in bodies.values()}
    for body in bodies.values():
        _row, href, name = drawn[body.pk]
        assert href == body.url
        assert name == body.title
        assert client.get(href).status_code == 200


def test_political_level_is_drawn_above_the_officials_level(client, chart_url, bodies):
    drawn = boxes(soup(client.get(chart_url)))
    political_rows = [drawn[bodies["sro"].pk][0]]
    officials_rows = [drawn[b.pk][0] for k, b in bodies.items() if k != "sro"]
    assert max(political_rows) < min(officials_rows)
    # A body is drawn below the one it reports to.
    assert drawn[bodies["group"].pk][0] > drawn[bodies["council"].pk][0]


def test_lines_follow_reports_to_and_assignments(client, chart_url, bodies):
    page = soup(client.get(chart_url))
    ids = {key: body.pk for key, body in bodies.items()}
    assert edges(page, "reports") == {
        (ids["group"], ids["council"]),
        (ids["forum"], ids["council"]),
    }
    assert edges(page, "assignments") == {
        (ids["council"], ids["sro"]),
        (ids["group"], ids["council"]),
    }
    # The legend names both line styles.
    legend = page.select_one(".org-chart__legend").get_text(" ", strip=True)
    assert "Rapporterar till" in legend
    assert "Får uppdrag från" in legend


def test_the_list_has_the_same_bodies_and_structure_as_the_drawing(
    client, chart_url, bodies
):
    page = soup(client.get(chart_url))
    parents = list_parents(page)
    assert set(parents) == set(boxes(page))
    ids = {key: body.pk for key, body in bodies.items()}
    assert parents == {
        ids["sro"]: None,
        # No "reports to": listed under the body giving it assignments.
        ids["council"]: ids["sro"],
        ids["group"]: ids["council"],
        ids["forum"]: ids["council"],
    }
    # Every line in the drawing from a body to the one it is listed under.
    drawn = edges(page, "reports") | edges(page, "assignments")
    for child, parent in parents.items():
        if parent is not None:
            assert (child, parent) in drawn
    for link in page.select(".org-tree li > a"):
        assert link["href"] in {body.url for body in bodies.values()}


def test_a_body_added_or_moved_shows_where_it_should(client, chart_url, bodies):
    new = BodyPageFactory(
        parent=bodies["group"], title="Arbetsgrupp förskrivning", slug="arbetsgrupp"
    )
    page = soup(client.get(chart_url))
    # A sub-body without relations hangs under the body it belongs to.
    assert list_parents(page)[new.pk] == bodies["group"].pk
    assert boxes(page)[new.pk][0] > boxes(page)[bodies["group"].pk][0]

    # Moved: it now reports to the forum.
    new.reports_to = bodies["forum"]
    new.save_revision().publish()
    page = soup(client.get(chart_url))
    assert list_parents(page)[new.pk] == bodies["forum"].pk
    assert (new.pk, bodies["forum"].pk) in edges(page, "reports")

    # Moved in the tree: the forum under another specification of the organisation.
    other = SpecificationPageFactory(parent=bodies["sro"].get_parent().get_parent())
    bodies["forum"].move(other, pos="last-child")
    page = soup(client.get(chart_url))
    forum_box = boxes(page)[bodies["forum"].pk]
    assert (
        forum_box[1] == bodies["forum"].__class__.objects.get(pk=bodies["forum"].pk).url
    )
    assert list_parents(page)[bodies["forum"].pk] == bodies["council"].pk


def test_drafts_and_private_bodies_are_left_out(
    client, chart_url, bodies, specification
):
    draft = BodyPageFactory(
        parent=specification, title="Utkast", slug="utkast", publish=False
    )
    draft.live = False
    draft.save()
    private = BodyPageFactory(parent=specification, title="Internt råd", slug="internt")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    under_private = BodyPageFactory(parent=private, title="Under internt", slug="under")
    bodies["forum"].unpublish()
    html = client.get(chart_url).content.decode()
    page = soup(client.get(chart_url))
    shown = set(boxes(page)) | set(list_parents(page))
    for hidden in (draft, private, under_private, bodies["forum"]):
        assert hidden.pk not in shown
        assert hidden.title not in html
    assert bodies["group"].pk in shown


def test_an_organisation_without_bodies(client, chart_url, specification):
    page = soup(client.get(chart_url))
    assert not page.select("svg")
    assert "Inga organ" in page.select_one("main").get_text()


def test_chart_is_linked_from_the_organisation_and_its_bodies(
    client, organisation, chart_url, bodies
):
    for url in (organisation.url, bodies["group"].url):
        links = {a["href"] for a in soup(client.get(url)).select("main a")}
        assert chart_url in links
        assert organisation.url + "vem-beslutar/" in links


def test_a_cycle_of_reports_to_still_shows_every_body_once(client, chart_url, bodies):
    bodies["council"].reports_to = bodies["group"]
    bodies["council"].save_revision().publish()
    page = soup(client.get(chart_url))
    assert set(list_parents(page)) == {body.pk for body in bodies.values()}
    assert len(page.select(".org-tree li")) == len(bodies)


def test_a_private_organisation_has_no_public_chart(
    client, organisation, chart_url, bodies
):
    PageViewRestriction.objects.create(page=organisation, restriction_type="login")
    assert client.get(chart_url).status_code == 404
