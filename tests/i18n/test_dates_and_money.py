"""Dates read as long dates in the reader's language ("12 mars 2026", "12 March
2026") with a machine-readable datetime; money is grouped the language's way
("50 000 kr" in Swedish, "50,000 kr" in English)."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from governance_blocks.mandate import MandateBlock
from governance_blocks.templatetags.governance_format import sek
from pages.demo.spec import local_datetime
from pages.models import ChangeLogEntry
from tests.i18n.conftest import get

pytestmark = pytest.mark.django_db

MARCH_12 = local_datetime(2026, 3, 12, 10, 30)


def published_on(page, when):
    type(page).objects.filter(pk=page.pk).update(
        first_published_at=when, last_published_at=when
    )
    ChangeLogEntry.objects.filter(page_id=page.pk).update(published_at=when)


@pytest.mark.parametrize(
    ("language", "shown"), [("sv", "12 mars 2026"), ("en", "12 March 2026")]
)
def test_last_updated_is_a_long_date_in_the_pages_language(
    client, english_tree, specification, language, shown
):
    page = specification if language == "sv" else english_tree["specification"]
    published_on(page, MARCH_12)
    soup = get(client, page.url)
    time = soup.select_one("main .last-updated time")
    assert time.get_text() == shown
    assert datetime.datetime.fromisoformat(time["datetime"]) == MARCH_12


@pytest.mark.parametrize(
    ("language", "shown"), [("sv", "12 mars 2026"), ("en", "12 March 2026")]
)
def test_change_log_dates_are_long_dates(
    client, english_tree, specification, language, shown
):
    page = specification if language == "sv" else english_tree["specification"]
    published_on(page, MARCH_12)
    soup = get(client, page.url + "versions/")
    times = soup.select("main time[datetime]")
    assert shown in [time.get_text() for time in times]


def test_validity_dates_are_long_dates(client, specification):
    specification.valid_from = datetime.date(2024, 1, 1)
    specification.valid_to = datetime.date(2027, 12, 31)
    specification.save_revision().publish()
    soup = get(client, specification.url)
    texts = {time.get_text(): time["datetime"] for time in soup.select("main time")}
    assert texts["1 januari 2024"] == "2024-01-01"
    assert texts["31 december 2027"] == "2027-12-31"


MANDATE = {
    "heading": "Mandat",
    "items": [{"decision": "Fatta beslut om IT-stöd", "money_limit": 50000}],
}


@pytest.mark.parametrize(
    ("language", "amount"), [("sv", "50\xa0000 kr"), ("en", "50,000 kr")]
)
def test_money_limits_are_grouped_the_languages_way(language, amount):
    block = MandateBlock()
    with translation.override(language):
        assert sek(50000) == amount
        html = block.render(block.to_python(MANDATE))
    money = BeautifulSoup(html, "html.parser").select_one(".money")
    # Swedish groups with a no-break space, so "50 000" never breaks across lines.
    assert money.get_text() == amount


def test_money_without_a_limit_shows_nothing():
    with translation.override("en"):
        assert sek(None) == ""
