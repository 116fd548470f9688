"""The change log readers see: on every governance page (#andringslogg) and on the
page's change-log page (versions/), newest first, a specification with its bodies."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from pages.models import ChangeLogEntry, ChangeType
from tests.factories import BodyPageFactory

pytestmark = pytest.mark.django_db


def publish_change(page, summary, change_type=ChangeType.EDITORIAL, **fields):
    """Publish a new version of the page with `fields` changed."""
    draft = page.get_latest_revision_as_object()
    for name, value in fields.items():
        setattr(draft, name, value)
    draft.change_type, draft.change_summary = change_type, summary
    draft.save_revision().publish()
    return draft


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def entry_titles(section):
    return [
        " ".join(h.get_text().split()) for h in section.select(".change-log__title")
    ]


def test_page_published_three_times_lists_three_entries_newest_first(client, body_page):
    publish_change(body_page, "Nytt mandat.", ChangeType.SUBSTANTIVE)
    publish_change(body_page, "Rättat stavfel.")

    soup = soup_of(client, body_page.url)
    section = soup.find(id="andringslogg").find_parent("section")
    assert entry_titles(section) == ["Version 3", "Version 2", "Version 1"]
    summaries = [p.get_text() for p in section.select(".change-log__summary")]
    assert summaries == ["Rättat stavfel.", "Nytt mandat."]
    entries = section.select(".change-log__entry")
    assert entries[1].select_one(".change-type--substantive")
    assert entries[0].select_one(".change-type--editorial")
    # Every entry has its date as a <time> and a link to read that version.
    assert all(entry.select_one("time[datetime]") for entry in entries)
    links = [a["href"] for a in section.select(".change-log__links a")]
    assert f"{body_page.url}versions/3/" in links
    assert f"{body_page.url}versions/2/diff/3/" in links
    assert f"{body_page.url}versions/1/" in links
    # 'Last updated' leads to the log.
    assert soup.select_one(".last-updated a[href='#andringslogg']")


def test_decision_is_shown_with_the_deciding_body_linked_while_it_is_live(
    client, specification, body_page
):
    council = BodyPageFactory(parent=specification, title="Ledningsrådet")
    publish_change(body_page, "Ny sammansättning.", ChangeType.SUBSTANTIVE)
    ChangeLogEntry.objects.filter(page=body_page, version=2).update(
        deciding_body=council,
        deciding_body_name="Ledningsrådet",
        decision_reference="Protokoll 2026-03-12 §4",
    )

    entry = soup_of(client, body_page.url).select_one(".change-log__entry")
    decision = entry.select_one(".change-log__decision")
    assert decision.find("a", string="Ledningsrådet")["href"] == council.url
    assert "Protokoll 2026-03-12 §4" in decision.get_text()

    council.unpublish()
    decision = soup_of(client, body_page.url).select_one(".change-log__decision")
    assert decision.find("a") is None
    assert "Ledningsrådet" in decision.get_text()


def test_specification_lists_its_own_and_its_bodies_entries_naming_each_page(
    client, specification, body_page
):
    publish_change(body_page, "Ändrat uppdrag.")
    publish_change(specification, "Ny inledning.")

    section = soup_of(client, specification.url).find(id="andringslogg")
    section = section.find_parent("section")
    assert entry_titles(section) == [
        f"{specification.title}, version 2",
        "Ledningsråd, version 2",
        "Ledningsråd, version 1",
        f"{specification.title}, version 1",
    ]
    body_links = section.select(f".change-log__title a[href='{body_page.url}']")
    assert len(body_links) == 2
    assert section.select_one(f"a[href='{body_page.url}versions/2/']")


def test_specification_leaves_out_unpublished_and_private_pages(
    client, specification, body_page
):
    hidden = BodyPageFactory(parent=specification, title="Dold grupp")
    private = BodyPageFactory(parent=specification, title="Intern grupp")
    hidden.unpublish()
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )

    for url in (specification.url, f"{specification.url}versions/"):
        titles = entry_titles(soup_of(client, url).select_one(".change-log"))
        assert "Ledningsråd, version 1" in titles
        assert not [t for t in titles if "Dold" in t or "Intern" in t], url


def test_page_shows_the_latest_five_and_links_to_the_whole_log(client, body_page):
    for number in range(2, 8):
        publish_change(body_page, f"Ändring {number}.")

    soup = soup_of(client, body_page.url)
    section = soup.find(id="andringslogg").find_parent("section")
    assert entry_titles(section) == [f"Version {n}" for n in range(7, 2, -1)]
    assert section.select_one(f"a[href='{body_page.url}versions/']")

    log = soup_of(client, f"{body_page.url}versions/")
    assert entry_titles(log.select_one(".change-log")) == [
        f"Version {n}" for n in range(7, 0, -1)
    ]
    assert log.select_one("h1")
    assert log.select_one(".breadcrumbs [aria-current=page]")


def add_entries(page, count):
    """`count` more change-log entries for the page, without revisions."""
    start = page.change_log_entries.count()
    now = timezone.now()
    ChangeLogEntry.objects.bulk_create(
        ChangeLogEntry(
            page=page,
            version=start + number + 1,
            published_at=now + datetime.timedelta(minutes=number),
            title=page.title,
            change_type=ChangeType.EDITORIAL,
            summary=f"Ändring nummer {start + number + 1}.",
            deciding_body_name="Ledningsrådet",
        )
        for number in range(count)
    )


def test_change_log_page_is_paginated_by_twenty_and_survives_any_page_number(
    client, body_page
):
    add_entries(body_page, 44)  # 45 with the first publication
    url = f"{body_page.url}versions/"

    first = soup_of(client, url)
    assert len(first.select(".change-log__entry")) == 20
    assert entry_titles(first)[0] == "Version 45"
    assert first.select_one(".pagination a[rel=next]")["href"] == "?sida=2"

    last = soup_of(client, f"{url}?sida=3")
    assert entry_titles(last) == [f"Version {n}" for n in range(5, 0, -1)]
    assert last.select_one(".pagination a[rel=prev]")

    for bad in ("0", "-1", "999", "abc", "", "2.5", "9" * 40):
        assert client.get(url, {"sida": bad}).status_code == 200, bad


def test_entries_whose_revision_is_gone_are_listed_without_a_reading_link(
    client, body_page
):
    add_entries(body_page, 1)
    log = soup_of(client, f"{body_page.url}versions/")
    newest, first = log.select(".change-log__entry")
    assert newest.select_one(".change-log__links") is None
    assert first.select_one(f"a[href='{body_page.url}versions/1/']")


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def test_change_log_query_count_does_not_grow_with_the_number_of_versions(
    client, specification, body_page
):
    council = BodyPageFactory(parent=specification, title="Ledningsrådet")
    add_entries(body_page, 9)
    ChangeLogEntry.objects.update(deciding_body=council)
    counts_small = {
        url: count_queries(client, url)
        for url in (
            f"{body_page.url}versions/",
            f"{specification.url}versions/",
            body_page.url,
            specification.url,
        )
    }

    add_entries(body_page, 490)
    ChangeLogEntry.objects.update(deciding_body=council)
    assert body_page.change_log_entries.count() == 500
    counts_large = {url: count_queries(client, url) for url in counts_small}

    assert counts_large == counts_small


def test_organisation_and_specification_link_their_feed_and_bodies_do_not(
    client, organisation, specification, body_page
):
    for page in (organisation, specification):
        soup = soup_of(client, page.url)
        link = soup.select_one("head link[rel=alternate][type='application/atom+xml']")
        assert link["href"] == f"{page.url}feed/"
        section = soup.find(id="andringslogg").find_parent("section")
        assert section.select_one(f"a[href='{page.url}feed/']")
    soup = soup_of(client, body_page.url)
    assert soup.select_one("link[type='application/atom+xml']") is None
