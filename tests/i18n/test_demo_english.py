"""`manage.py load_demo` translates part of Västra Götaland into English with
wagtail-localize: the pages exist at /en/…, every string is translated, each has
its change-log entry, and a second run changes nothing.

The demo is built once for the module and rolled back at the end (as in
tests/pages/test_demo_content.py)."""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Locale, Page, WorkflowPage
from wagtail_localize.models import Translation

from pages.demo.translator import TRANSLATION_SUMMARY
from pages.models import BodyPage, ChangeLogEntry, OrganisationPage
from tests.i18n.conftest import get

ENGLISH_URLS = {
    "/en/": "Assistive device collaboration",
    "/en/vastra-gotaland/": "Assistive devices in Västra Götaland",
    "/en/vastra-gotaland/collaboration-and-governance/": (
        "Specification for collaboration and governance"
    ),
    "/en/vastra-gotaland/collaboration-and-governance/leadership-council/": (
        "Leadership Council for Medical Devices"
    ),
    "/en/vastra-gotaland/collaboration-and-governance/assistive-devices-forum/": (
        "Assistive Devices Forum"
    ),
}


@pytest.fixture(scope="module")
def demo_output(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        output = io.StringIO()
        call_command("load_demo", "--no-users", stdout=output)
        yield output.getvalue()
        transaction.set_rollback(True)
    cache.clear()  # Wagtail caches the site's root paths


@pytest.fixture
def demo(demo_output, db):
    return demo_output


def english_pages():
    return Page.objects.filter(locale__language_code="en").specific()


@pytest.mark.parametrize(("url", "title"), ENGLISH_URLS.items())
def test_english_pages_are_served_under_en(client, demo, url, title):
    soup = get(client, url)
    assert soup.html["lang"] == "en"
    assert soup.find("h1").get_text(strip=True) == title
    [item] = soup.select("nav.language-switcher li")
    assert item["lang"] == "sv"
    assert item.find("a").get_text(strip=True) == "Svenska"


def test_the_english_home_lists_the_english_organisation(client, demo):
    soup = get(client, "/en/")
    titles = [a.get_text(strip=True) for a in soup.select(".card__title a")]
    assert titles == ["Assistive devices in Västra Götaland"]


def test_every_string_of_the_translated_pages_is_translated(demo):
    english = Locale.objects.get(language_code="en")
    translations = Translation.objects.filter(target_locale=english)
    assert translations.count() == 5
    for translation in translations:
        total, translated = translation.get_progress()
        assert total == translated, translation.source.object_repr


def test_english_bodies_keep_the_swedish_anchors(client, demo):
    url = "/en/vastra-gotaland/collaboration-and-governance/leadership-council/"
    main = get(client, url).main
    for anchor in ("uppdrag", "ansvar", "mandat", "sammansattning", "arbetsformer"):
        assert main.find(id=anchor) is not None, anchor
    assert main.find(id="mandat").get_text(strip=True) == "Mandate"


def test_each_english_page_has_its_change_log_entry(client, demo):
    for page in english_pages():
        [entry] = ChangeLogEntry.objects.for_page(page)
        assert entry.summary == TRANSLATION_SUMMARY
        assert entry.title == page.title
    forum = BodyPage.objects.get(slug="assistive-devices-forum")
    change_log = get(client, forum.url + "versions/").main.get_text()
    assert TRANSLATION_SUMMARY in change_log


def test_the_english_organisation_is_under_its_workflow(demo):
    swedish = OrganisationPage.objects.get(
        slug="vastra-gotaland", locale__language_code="sv"
    )
    english = swedish.get_translation(Locale.objects.get(language_code="en"))
    assert WorkflowPage.objects.get(page=english).workflow.name == (
        "VG: Beredning och beslut"
    )


def test_swedish_pages_point_to_english_where_it_exists(client, demo):
    translated = get(client, "/vastra-gotaland/samarbete-och-styrning/ledningsrad/")
    [item] = translated.select("nav.language-switcher li")
    assert item.find("a")["href"] == (
        "/en/vastra-gotaland/collaboration-and-governance/leadership-council/"
    )
    untranslated = get(
        client, "/vastra-gotaland/samarbete-och-styrning/beredningsgrupper/"
    )
    [item] = untranslated.select("nav.language-switcher li")
    assert "This page is not available in English." in item.get_text()


def test_the_english_pages_progress_lines(demo):
    assert "English: Leadership Council for Medical Devices … created" in demo
    assert "English translations: 5 created, 0 updated, 0 unchanged." in demo


def test_running_again_translates_nothing(demo):
    revisions = {page.pk: page.revisions.count() for page in english_pages()}
    output = io.StringIO()
    call_command("load_demo", "--no-users", stdout=output)
    assert "English translations: 0 created, 0 updated, 5 unchanged." in (
        output.getvalue()
    )
    assert {page.pk: page.revisions.count() for page in english_pages()} == revisions
