"""The accessibility statement (tillgänglighetsredogörelse) follows DIGG's model and
every page's footer links to it: the organisation's own, else the site's."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from pages.models import (
    AccessibilityStatementPage,
    Compliance,
    HomePage,
    OrganisationPage,
)
from pages.models.accessibility import DIGG_REPORT_URL
from tests.factories import AccessibilityStatementPageFactory

pytestmark = pytest.mark.django_db

#: DIGG's model: how accessible, if you cannot use it, report problems, enforcement,
#: technical information, what is not accessible, how it was tested.
SECTIONS = [
    "tillganglighet",
    "om-du-inte-kan-anvanda",
    "rapportera-brister",
    "tillsyn",
    "teknisk-information",
    "brister",
    "hur-vi-testat",
]


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def footer_statement_link(client, url):
    links = soup(client, url).select(".site-footer a[href]")
    return [link["href"] for link in links if "tillganglighet" in link["href"]]


def test_the_statement_has_digg_s_sections_contact_and_test_date(client, home):
    statement = AccessibilityStatementPageFactory(
        parent=home,
        slug="tillganglighet",
        contact_email="tillganglighet@region.example.se",
        contact_phone="010-123 45 67",
        tested_on=datetime.date(2026, 3, 12),
    )
    page = soup(client, statement.url)
    main = page.select_one("main")

    labels = [section["aria-labelledby"] for section in main.select("section")]
    assert labels[: len(SECTIONS)] == SECTIONS  # then the change log
    assert [link["href"] for link in main.select(".toc a")] == [
        f"#{anchor}" for anchor in SECTIONS
    ]
    mail_links = {a["href"] for a in main.select("a[href^='mailto:']")}
    assert mail_links == {"mailto:tillganglighet@region.example.se"}
    assert "010-123 45 67" in main.get_text()
    enforcement = main.select_one("#tillsyn").find_parent("section")
    assert enforcement.select_one(f"a[href='{DIGG_REPORT_URL}']")
    testing = main.select_one("#hur-vi-testat").find_parent("section")
    assert testing.select_one("time[datetime='2026-03-12']")


def test_without_known_issues_the_section_on_them_is_left_out(client, home):
    statement = AccessibilityStatementPageFactory(
        parent=home, slug="tillganglighet", known_issues="", compliance=Compliance.FULL
    )
    main = soup(client, statement.url).select_one("main")
    assert main.select_one("#brister") is None
    assert main.select_one("#hur-vi-testat")


def test_a_new_statement_starts_from_swedish_texts_whatever_the_admin_language():
    with translation.override("en"):
        statement = AccessibilityStatementPage(title="Tillgänglighetsredogörelse")
    assert "skärmläsare" in statement.known_issues
    assert "WCAG 2.1" in statement.testing_method
    assert statement.enforcement_url == DIGG_REPORT_URL
    assert statement.tested_on == datetime.date.today()
    assert statement.compliance == Compliance.PARTIAL


def test_every_page_s_footer_links_to_the_site_s_statement(
    client, home, organisation, body_page
):
    statement = AccessibilityStatementPageFactory(parent=home, slug="tillganglighet")
    for page in (home, organisation, body_page):
        assert footer_statement_link(client, page.url) == [statement.url]
    assert footer_statement_link(client, "/sok/") == [statement.url]


def test_an_organisation_s_own_statement_comes_first_on_its_pages(
    client, home, organisation, body_page
):
    site_statement = AccessibilityStatementPageFactory(
        parent=home, slug="tillganglighet"
    )
    own = AccessibilityStatementPageFactory(
        parent=organisation, slug="tillganglighetsredogorelse"
    )
    assert footer_statement_link(client, body_page.url) == [own.url]
    assert footer_statement_link(client, home.url) == [site_statement.url]
    # The statement is not one of the organisation's documents.
    documents = soup(client, organisation.url).select("main a[href]")
    assert own.url not in [link["href"] for link in documents]


def test_without_a_statement_the_footer_has_no_link(client, home, organisation):
    assert footer_statement_link(client, organisation.url) == []


def test_a_statement_may_stand_below_the_home_page_or_an_organisation(home):
    assert set(AccessibilityStatementPage.allowed_parent_page_models()) == {
        HomePage,
        OrganisationPage,
    }
    assert AccessibilityStatementPage.can_create_at(home)
