"""hreflang alternates name every readable translation (and x-default, the Swedish
page); lang attributes mark the interface language and text in another language."""

import pytest

from tests.factories import BodyPageFactory
from tests.i18n.conftest import get, translate

pytestmark = pytest.mark.django_db


def alternates(soup):
    return {
        link["hreflang"]: link["href"]
        for link in soup.select('head link[rel="alternate"][hreflang]')
    }


def test_a_translated_page_names_both_versions_and_x_default(
    client, english_tree, specification
):
    english = english_tree["specification"]
    expected = {
        "sv": specification.get_full_url(),
        "en": english.get_full_url(),
        "x-default": specification.get_full_url(),
    }
    assert expected["en"].endswith("/en/testlan/specification/")
    assert alternates(get(client, specification.url)) == expected
    assert alternates(get(client, english.url)) == expected


def test_an_untranslated_page_names_only_itself(client, english_tree, body_page):
    assert alternates(get(client, body_page.url)) == {
        "sv": body_page.get_full_url(),
        "x-default": body_page.get_full_url(),
    }


def test_a_page_only_in_english_has_no_x_default(client, english_tree):
    english_only = BodyPageFactory(parent=english_tree["specification"], slug="group")
    assert alternates(get(client, english_only.url)) == {
        "en": english_only.get_full_url()
    }


def test_versions_of_a_page_are_not_alternates(client, english_tree, specification):
    """Old versions are noindex: they name no alternates."""
    soup = get(client, specification.url + "versions/1/")
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert alternates(soup) == {}


def test_html_lang_is_the_language_of_the_address(client, english_tree, specification):
    assert get(client, specification.url).html["lang"] == "sv"
    assert get(client, english_tree["specification"].url).html["lang"] == "en"


def test_the_switcher_text_carries_its_own_language(
    client, english_tree, specification, body_page
):
    for url, language in (
        (specification.url, "en"),
        (body_page.url, "en"),
        (english_tree["specification"].url, "sv"),
    ):
        [item] = get(client, url).select("nav.language-switcher li")
        assert item["lang"] == language, url


def test_a_link_to_a_swedish_only_body_is_marked_swedish(
    client, english_tree, specification
):
    """An English body reports to a body that has no English page yet: the link
    (with its Swedish name) says it leads to Swedish text."""
    council = BodyPageFactory(parent=specification, title="Ledningsråd", slug="lr")
    group = BodyPageFactory(
        parent=specification,
        title="Beredningsgrupp",
        slug="bg",
        introduction="<p>Gruppen bereder ärenden.</p>",
        reports_to=council,
    )
    english = translate(
        group,
        {
            "Beredningsgrupp": "Preparatory group",
            "bg": "preparatory-group",
            "Gruppen bereder ärenden.": "The group prepares matters.",
        },
    )
    soup = get(client, english.url)
    link = soup.find("a", string="Ledningsråd")
    assert link["href"] == council.url
    assert link["lang"] == link["hreflang"] == "sv"
    # The same link on the Swedish page needs no marking.
    swedish_link = get(client, group.url).find("a", string="Ledningsråd")
    assert not swedish_link.has_attr("lang")


def test_an_alias_standing_in_for_an_untranslated_page_is_marked_swedish(
    client, english_tree, specification, body_page
):
    """Translating a page below an untranslated one makes an alias of the parent in
    English: its text is Swedish, so its main content says so, and it is not
    offered as the English version of the Swedish page."""
    group = BodyPageFactory(parent=body_page, title="Undergrupp", slug="undergrupp")
    translate(group, {"Undergrupp": "Subgroup", "undergrupp": "subgroup"})
    alias = body_page.get_translation(english_tree["home"].locale)
    assert alias.alias_of_id == body_page.pk
    soup = get(client, alias.url)
    assert soup.html["lang"] == "en"
    assert soup.main["lang"] == "sv"
    assert "en" not in alternates(soup)
    [item] = get(client, body_page.url).select("nav.language-switcher li")
    assert "not available in English" in item.get_text()
