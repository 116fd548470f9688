"""A reader finds a body through the site's links and reads its composition."""

import pytest

from tests.factories import BodyPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

COMPOSITION = (
    "composition",
    {
        "rows": [
            {
                "party": "VGK",
                "group": "Ordförande eller vice ordförande",
                "members": 1,
                "appointed_by": "VästKom",
            },
            {
                "party": "VGR",
                "group": "Ordförande eller vice ordförande",
                "members": 1,
                "appointed_by": "Hälso- och sjukvårdsdirektören",
            },
            {
                "party": "VGK",
                "group": "Ledamöter från kommunerna",
                "members": 5,
                "appointed_by": "VästKom",
            },
            {
                "party": "VGR",
                "group": "Ledamöter från VGR",
                "members": 5,
                "appointed_by": "Hälso- och sjukvårdsdirektören",
            },
        ],
        "stated_total": 12,
        "chair_rule": "Ordförandeskapet alternerar vartannat år mellan VGR och VGK.",
    },
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


@pytest.fixture
def ledningsrad(specification):
    return BodyPageFactory(
        parent=specification,
        title="Ledningsråd Medicintekniska produkter",
        slug="ledningsrad",
        content=[COMPOSITION, MANDATE],
    )


def test_a_reader_navigates_to_a_body_and_reads_its_composition(
    live_server, page, screenshot, organisation, specification, ledningsrad
):
    page.goto(live_server.url + "/")
    page.get_by_role("link", name=organisation.title).first.click()
    page.get_by_role("link", name=specification.title).first.click()
    page.get_by_role("link", name=ledningsrad.title).first.click()

    assert page.get_by_role("heading", level=1).inner_text() == ledningsrad.title
    table = page.locator("table").filter(has_text="Ledamöter från kommunerna")
    assert "12" in table.locator("tfoot").inner_text()
    body_text = page.locator("main").inner_text().replace("\xa0", " ")
    assert "50 000 kr" in body_text
    screenshot(page, "body-page-desktop")


def test_the_skip_link_is_the_first_stop_for_keyboard_users(
    live_server, page, ledningsrad
):
    page.goto(live_server.url + ledningsrad.url)
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => [document.activeElement.tagName,"
        " document.activeElement.getAttribute('href')]"
    )
    assert focused == ["A", "#main"]
    page.keyboard.press("Enter")
    assert page.evaluate("() => location.hash") == "#main"


@pytest.mark.parametrize("width", [320, 375])
def test_a_body_page_fits_a_phone_screen(
    live_server, page, screenshot, ledningsrad, width
):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(live_server.url + ledningsrad.url)
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth"
        " - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    screenshot(page, f"body-page-{width}px")


def test_section_anchors_can_be_cited(live_server, page, ledningsrad):
    page.goto(live_server.url + ledningsrad.url + "#sammansattning")
    heading = page.locator("#sammansattning")
    assert heading.count() == 1
    assert heading.is_visible()
