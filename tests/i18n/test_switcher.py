"""The language switcher leads to the page's translation, or says there is none and
leads to the other language's home page; it costs the same queries either way."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import BodyPageFactory
from tests.i18n.conftest import (
    get,
    texts_of_home,
    texts_of_organisation,
    texts_of_specification,
    translate,
)

pytestmark = pytest.mark.django_db


def switcher_items(soup):
    return soup.select("nav.language-switcher li")


def test_a_swedish_page_links_to_its_english_translation(
    client, english_tree, specification
):
    english = english_tree["specification"]
    [item] = switcher_items(get(client, specification.url))
    link = item.find("a")
    assert link["href"] == english.url == "/en/testlan/specification/"
    assert link["hreflang"] == "en"
    assert link.get_text(strip=True) == "English"
    assert "not available" not in item.get_text()


def test_an_english_page_links_back_to_swedish(client, english_tree, specification):
    [item] = switcher_items(get(client, english_tree["specification"].url))
    link = item.find("a")
    assert link["href"] == specification.url == "/testlan/specifikation/"
    assert link["hreflang"] == "sv"
    assert link.get_text(strip=True) == "Svenska"


def test_an_untranslated_page_says_so_in_english_and_leads_to_the_english_home(
    client, english_tree, body_page
):
    [item] = switcher_items(get(client, body_page.url))
    assert item.get_text(" ", strip=True) == (
        "This page is not available in English. Go to the English home page"
    )
    assert item.find("a")["href"] == "/en/"
    english_home = get(client, "/en/")
    assert english_home.find("h1").get_text(strip=True) == (
        "Assistive device collaboration"
    )


def test_a_page_only_in_english_says_so_in_swedish(client, english_tree):
    english_only = BodyPageFactory(
        parent=english_tree["specification"], title="Working group", slug="group"
    )
    assert english_only.locale.language_code == "en"
    [item] = switcher_items(get(client, english_only.url))
    assert item.get_text(" ", strip=True) == (
        "Sidan finns inte på svenska. Till den svenska startsidan"
    )
    assert item.find("a")["href"] == "/"


def test_a_draft_translation_is_not_offered(client, english_tree, body_page):
    english = body_page.copy_for_translation(english_tree["home"].locale)
    assert not english.live
    [item] = switcher_items(get(client, body_page.url))
    assert item.find("a")["href"] == "/en/"
    assert "not available in English" in item.get_text()


def test_search_switches_to_the_same_search_in_the_other_language(client, home):
    [item] = switcher_items(get(client, "/sok/?q=mandat"))
    assert item.find("a")["href"] == "/en/sok/?q=mandat"
    [item] = switcher_items(get(client, "/en/sok/?q=mandat"))
    assert item.find("a")["href"] == "/sok/?q=mandat"


def count_queries(client, url):
    client.get(url)  # warm Wagtail's caches (site root paths, content types)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_translations_cost_no_extra_queries(client, home, organisation, specification):
    before = count_queries(client, specification.url)
    translate(home, texts_of_home(home))
    translate(organisation, texts_of_organisation(organisation))
    english = translate(specification, texts_of_specification(specification))
    assert count_queries(client, specification.url) == before
    # Routing an English address costs Wagtail one query of its own: it finds the
    # English translation of the site's home page.
    assert count_queries(client, english.url) == before + 1
