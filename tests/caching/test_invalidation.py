"""A reader never sees a page as it was before a publish, unpublish, move, delete or
translation, on any page that shows the changed data."""

import pytest

from tests.caching.conftest import read
from tests.factories import AccessibilityStatementPageFactory, SpecificationPageFactory
from tests.i18n.conftest import (
    texts_of_home,
    texts_of_organisation,
    texts_of_specification,
    translate,
)

#: Views that show a body's title: (page fixture, route name or None for the page).
VIEWS_OF_A_BODY = [
    ("council", None),
    ("specification", None),
    ("specification", "change_log"),
    ("specification", "feed"),
    ("specification", "print"),
    ("organisation", "feed"),
    ("organisation", "org_chart"),
    ("organisation", "who_decides"),
    ("organisation", "popolo"),
    ("organisation", "composition_csv"),
    ("organisation", "mandate_csv"),
]


def address(page, route=None, **kwargs):
    page = page.specific
    return page.url + (page.reverse_subpage(route, kwargs=kwargs) if route else "")


@pytest.fixture
def views_of_the_council(request, council, appointment, organisation):
    urls = [
        address(request.getfixturevalue(fixture), route)
        for fixture, route in VIEWS_OF_A_BODY
    ]
    return [*urls, address(organisation, "member", slug="storby")]


def publish_title(page, title):
    page = page.specific
    page.title = title
    page.change_summary = "Nytt namn."
    page.save_revision().publish()
    return page


def test_a_published_change_shows_on_every_page_that_shows_it(
    client, page_cache, council, views_of_the_council
):
    for url in views_of_the_council:
        assert "Hjälpmedelsråd" in read(client, url)[1], url
        assert read(client, url)[0]["X-Cache"] == "hit", url

    publish_title(council, "Hjälpmedelsnämnd")

    for url in views_of_the_council:
        response, text = read(client, url)
        assert "Hjälpmedelsnämnd" in text, url
        assert response["X-Cache"] == "miss", url


def test_an_unpublished_page_is_gone_from_the_pages_that_listed_it(
    client, page_cache, council, specification, organisation
):
    listing = [
        address(specification),
        address(organisation, "org_chart"),
        address(organisation, "who_decides"),
        "/sitemap.xml",
    ]
    for url in listing:
        assert "hjalpmedelsrad" in read(client, url)[1], url
        assert read(client, url)[0]["X-Cache"] == "hit", url
    read(client, council.url)

    council.unpublish()

    for url in listing:
        assert "hjalpmedelsrad" not in read(client, url)[1], url
    read(client, council.url, status=404)


def test_a_moved_page_shows_at_its_new_place_only(
    client, page_cache, council, specification, organisation
):
    other = SpecificationPageFactory(
        parent=organisation, title="Rutiner", slug="rutiner"
    )
    old_url = council.url
    read(client, old_url)
    assert "Hjälpmedelsråd" in read(client, specification.url)[1]
    assert "Hjälpmedelsråd" not in read(client, other.url)[1]
    sitemap = read(client, "/sitemap.xml")[1]

    council.move(other, pos="last-child")
    council.refresh_from_db()

    moved = read(client, old_url, status=301)[0]
    assert moved["Location"].endswith(council.url)
    assert "Hjälpmedelsråd" in read(client, council.url)[1]
    assert "Hjälpmedelsråd" not in read(client, specification.url)[1]
    assert "Hjälpmedelsråd" in read(client, other.url)[1]
    new_sitemap = read(client, "/sitemap.xml")[1]
    assert new_sitemap != sitemap
    assert "/rutiner/hjalpmedelsrad/" in new_sitemap


def test_a_deleted_page_is_gone_everywhere(
    client, page_cache, council, specification, organisation
):
    url = council.url
    for page_url in (url, specification.url, address(organisation, "org_chart")):
        read(client, page_url)

    council.delete()

    read(client, url, status=404)
    assert "Hjälpmedelsråd" not in read(client, specification.url)[1]
    assert "Hjälpmedelsråd" not in read(client, address(organisation, "org_chart"))[1]


def test_a_published_translation_is_linked_from_the_cached_original(
    client, page_cache, home, organisation, specification
):
    assert "/en/testlan/specification/" not in read(client, specification.url)[1]

    translate(home, texts_of_home(home))
    translate(organisation, texts_of_organisation(organisation))
    english = translate(specification, texts_of_specification(specification))

    assert english.url == "/en/testlan/specification/"
    assert english.url in read(client, specification.url)[1]
    assert "Specification for collaboration" in read(client, english.url)[1]


def test_the_footer_links_a_newly_published_accessibility_statement(
    client, page_cache, home, council
):
    assert "tillganglighet" not in read(client, council.url)[1]

    AccessibilityStatementPageFactory(parent=home, slug="tillganglighet")

    assert "/tillganglighet/" in read(client, council.url)[1]
