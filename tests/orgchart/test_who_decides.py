"""Who decides what: every mandate of every body, sortable and filterable."""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import BodyPageFactory

from .conftest import soup


def mandate(*items):
    return ("mandate", {"heading": "", "anchor": "", "items": list(items)})


def item(decision, topic="", scope="", money_limit=None):
    return {
        "decision": decision,
        "topic": topic,
        "scope": scope,
        "money_limit": money_limit,
    }


@pytest.fixture
def bodies(specification):
    council = BodyPageFactory(
        parent=specification,
        title="Ledningsråd",
        slug="ledningsrad",
        content=[
            mandate(
                item("Hantera verkställighet inom befintliga avtal", topic="Avtal"),
                item("Prioritera utvecklingsfrågor", topic="Utveckling"),
            )
        ],
    )
    group = BodyPageFactory(
        parent=specification,
        title="Beredningsgrupp IT-stöd",
        slug="it-stod",
        content=[
            mandate(
                item(
                    "Fatta beslut om anpassning gällande IT-stöd",
                    topic="IT",
                    scope="Befintliga IT-stöd",
                    money_limit=50000,
                ),
                item("Köpa licenser", topic="IT", money_limit=120000),
            )
        ],
    )
    return {"council": council, "group": group}


def table_rows(page):
    return [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in page.select("table.mandate-table tbody tr")
    ]


def column(page, index):
    return [cells[index] for cells in table_rows(page)]


def test_every_mandate_of_every_body_is_listed(client, who_decides_url, bodies):
    page = soup(client.get(who_decides_url))
    # By body (alphabetically) unless sorted otherwise; a body's items in order.
    assert table_rows(page) == [
        [
            "Beredningsgrupp IT-stöd",
            "Fatta beslut om anpassning gällande IT-stöd",
            "Befintliga IT-stöd",
            "50\xa0000 kr",
            "IT",
        ],
        ["Beredningsgrupp IT-stöd", "Köpa licenser", "", "120\xa0000 kr", "IT"],
        [
            "Ledningsråd",
            "Hantera verkställighet inom befintliga avtal",
            "",
            "",
            "Avtal",
        ],
        ["Ledningsråd", "Prioritera utvecklingsfrågor", "", "", "Utveckling"],
    ]


def test_each_row_links_to_the_mandate_of_its_body(client, who_decides_url, bodies):
    page = soup(client.get(who_decides_url))
    links = [row.select_one("td a")["href"] for row in page.select("tbody tr")]
    assert (
        links
        == [bodies["group"].url + "#mandat"] * 2
        + [bodies["council"].url + "#mandat"] * 2
    )
    body_page = soup(client.get(bodies["group"].url))
    assert body_page.select_one("#mandat")


@pytest.mark.parametrize(
    ("sort", "index", "expected"),
    [
        ("money", 3, ["50\xa0000 kr", "120\xa0000 kr", "", ""]),
        ("-money", 3, ["120\xa0000 kr", "50\xa0000 kr", "", ""]),
        ("topic", 4, ["Avtal", "IT", "IT", "Utveckling"]),
        ("-topic", 4, ["Utveckling", "IT", "IT", "Avtal"]),
        (
            "-body",
            0,
            ["Ledningsråd"] * 2 + ["Beredningsgrupp IT-stöd"] * 2,
        ),
        ("nonsense", 0, ["Beredningsgrupp IT-stöd"] * 2 + ["Ledningsråd"] * 2),
    ],
)
def test_sorting_by_column(client, who_decides_url, bodies, sort, index, expected):
    page = soup(client.get(who_decides_url, {"sort": sort}))
    assert column(page, index) == expected


def test_column_headings_sort_and_reverse(client, who_decides_url, bodies):
    page = soup(client.get(who_decides_url, {"sort": "money", "topic": "IT"}))
    money = page.select_one("th[aria-sort]")
    assert money["aria-sort"] == "ascending"
    assert money.a["href"] == "?topic=IT&sort=-money"
    topic_heading = [th for th in page.select("thead th") if "Område" in th.get_text()]
    assert topic_heading[0].a["href"] == "?topic=IT&sort=topic"


def test_filtering_by_body_and_topic(client, who_decides_url, bodies):
    by_body = soup(client.get(who_decides_url, {"body": bodies["council"].pk}))
    assert column(by_body, 0) == ["Ledningsråd"] * 2
    by_topic = soup(client.get(who_decides_url, {"topic": "it"}))
    assert column(by_topic, 1) == [
        "Fatta beslut om anpassning gällande IT-stöd",
        "Köpa licenser",
    ]
    both = soup(
        client.get(who_decides_url, {"body": bodies["council"].pk, "topic": "IT"})
    )
    assert table_rows(both) == [["Inga mandat matchar filtret."]]
    # The form offers the bodies with mandates and every topic, and keeps the choice.
    form = soup(client.get(who_decides_url, {"topic": "IT"})).select_one(
        "form.mandate-filters"
    )
    assert [o.get_text() for o in form.select("#mandate-topic option")][1:] == [
        "Avtal",
        "IT",
        "Utveckling",
    ]
    assert form.select_one("#mandate-topic option[selected]").get_text() == "IT"
    assert form["method"] == "get"


def test_unknown_filters_show_everything(client, who_decides_url, bodies):
    page = soup(client.get(who_decides_url, {"body": "x"}))
    assert len(table_rows(page)) == 4


def test_drafts_and_private_bodies_leave_the_table(
    client, who_decides_url, bodies, specification
):
    private = BodyPageFactory(
        parent=specification,
        title="Internt råd",
        slug="internt",
        content=[mandate(item("Hemligt beslut"))],
    )
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    draft = BodyPageFactory(
        parent=specification,
        title="Utkast",
        slug="utkast",
        content=[mandate(item("Utkastbeslut"))],
    )
    draft.unpublish()
    # A published body's newer draft is not shown either.
    bodies["council"].content = [mandate(item("Ändrat men inte publicerat"))]
    bodies["council"].save_revision()
    html = client.get(who_decides_url).content.decode()
    for text in ("Hemligt beslut", "Utkastbeslut", "Ändrat men inte publicerat"):
        assert text not in html
    assert "Prioritera utvecklingsfrågor" in html
