"""The chart in Chromium: keyboard, a narrow screen, and one printed page."""

import re

import pytest

from tests.factories import (
    BodyPageFactory,
    OrganisationPageFactory,
    SpecificationPageFactory,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def chart_url(home, live_server):
    """A typical organisation: two political bodies, a council and six groups."""
    organisation = OrganisationPageFactory(parent=home, slug="org")
    specification = SpecificationPageFactory(parent=organisation, slug="spec")
    sro = BodyPageFactory(
        parent=specification, title="SRO", slug="sro", level="political"
    )
    BodyPageFactory(
        parent=specification,
        title="Politisk beredningsgrupp",
        slug="pb",
        level="political",
        reports_to=sro,
    )
    council = BodyPageFactory(
        parent=specification,
        title="Ledningsråd Medicintekniska produkter",
        slug="ledningsrad",
        assignments_from=sro,
    )
    for number in range(6):
        BodyPageFactory(
            parent=specification,
            title=f"Beredningsgrupp {number}",
            slug=f"grupp-{number}",
            reports_to=council,
            assignments_from=council,
        )
    return live_server.url + organisation.url + "organisationsschema/"


def test_boxes_are_reached_by_keyboard_with_visible_focus(browser, chart_url):
    tab = browser.new_page(viewport={"width": 1280, "height": 900})
    tab.goto(chart_url)
    first_box = tab.locator("svg a.org-chart__box").first
    for _ in range(40):
        tab.keyboard.press("Tab")
        if first_box.evaluate("box => box === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the chart's first box")
    fill = first_box.locator("rect").evaluate("rect => getComputedStyle(rect).fill")
    assert fill == "rgb(255, 212, 59)"  # the site's focus yellow
    tab.keyboard.press("Enter")
    tab.wait_for_url("**/spec/sro/")


def test_narrow_screens_get_the_list(browser, chart_url):
    tab = browser.new_page(viewport={"width": 320, "height": 800})
    tab.goto(chart_url)
    assert not tab.locator("svg.org-chart__drawing").is_visible()
    assert tab.locator(".org-tree a", has_text="Beredningsgrupp 5").is_visible()
    width = tab.evaluate("document.documentElement.scrollWidth")
    assert width <= 320


def test_the_chart_prints_on_one_page(browser, chart_url):
    tab = browser.new_page()
    tab.goto(chart_url)
    tab.emulate_media(media="print")
    pdf = tab.pdf(format="A4", prefer_css_page_size=True)
    # Chromium writes one /Type /Page object per page (and one /Type /Pages).
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf)) == 1
