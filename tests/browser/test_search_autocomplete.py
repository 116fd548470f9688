"""A reader types the start of a title in the search box, picks a suggestion with
the keyboard and lands on that page."""

import pytest

from tests.factories import BodyPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def groups(specification):
    return [
        BodyPageFactory(
            parent=specification, slug=slug, title=f"Beredningsgrupp {name}"
        )
        for slug, name in (("it", "IT-stöd"), ("ortopedi", "Ortopedteknik"))
    ]


def test_a_reader_picks_a_suggested_title_with_the_keyboard(
    live_server, page, screenshot, organisation, groups
):
    page.goto(live_server.url + organisation.url)
    box = page.get_by_role("combobox", name=f"Sök i {organisation.title}")
    assert box.get_attribute("aria-expanded") == "false"

    box.press_sequentially("Beredningsgr", delay=30)
    listbox = page.get_by_role("listbox", name="Föreslagna sidor")
    listbox.wait_for()
    options = listbox.get_by_role("option")
    assert sorted(options.all_inner_texts()) == [
        "Beredningsgrupp IT-stöd",
        "Beredningsgrupp Ortopedteknik",
    ]
    assert box.get_attribute("aria-expanded") == "true"
    assert box.get_attribute("aria-controls") == listbox.get_attribute("id")
    status = page.get_by_role("status").filter(has_text="2 förslag")
    assert status.count() == 1
    screenshot(page, "search-autocomplete")

    box.press("ArrowDown")
    first = options.nth(0)
    assert first.get_attribute("aria-selected") == "true"
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    box.press("ArrowDown")
    box.press("ArrowUp")
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    chosen = first.inner_text()

    with page.expect_navigation():
        box.press("Enter")
    assert page.get_by_role("heading", level=1).inner_text() == chosen


def test_escape_closes_the_suggestions_and_enter_then_searches(
    live_server, page, organisation, groups
):
    page.goto(live_server.url + organisation.url)
    box = page.get_by_role("combobox", name=f"Sök i {organisation.title}")
    box.press_sequentially("Beredningsgrupp", delay=30)
    page.get_by_role("listbox").wait_for()

    box.press("Escape")
    assert page.get_by_role("listbox").is_hidden()
    assert box.get_attribute("aria-expanded") == "false"
    assert box.input_value() == "Beredningsgrupp"

    with page.expect_navigation():
        box.press("Enter")
    assert "/sok/" in page.url
    assert page.locator(".search-summary").inner_text().startswith("2 ")


def test_without_javascript_the_box_is_a_plain_search_field(
    live_server, browser, organisation, groups
):
    context = browser.new_context(java_script_enabled=False, locale="sv-SE")
    tab = context.new_page()
    try:
        tab.goto(live_server.url + organisation.url)
        box = tab.get_by_role("searchbox", name=f"Sök i {organisation.title}")
        box.fill("Beredningsgrupp")
        with tab.expect_navigation():
            box.press("Enter")
        assert tab.locator(".search-summary").inner_text().startswith("2 ")
    finally:
        context.close()
