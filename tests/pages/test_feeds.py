"""Atom feeds of changes: <organisation>feed/ and <specification>feed/ list the
published versions of their live, public pages, newest first."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from pages.models import ChangeType
from tests.factories import BodyPageFactory, RoutinePageFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def publish_change(page, summary, change_type=ChangeType.EDITORIAL, **fields):
    draft = page.get_latest_revision_as_object()
    for name, value in fields.items():
        setattr(draft, name, value)
    draft.change_type, draft.change_summary = change_type, summary
    draft.save_revision().publish()
    return draft


def read_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)  # noqa: S314 - our own output
    assert feed.tag == f"{ATOM}feed"
    return feed


def entries(feed):
    return [
        {
            "title": entry.findtext(f"{ATOM}title"),
            "link": entry.find(f"{ATOM}link").get("href"),
            "id": entry.findtext(f"{ATOM}id"),
            "updated": entry.findtext(f"{ATOM}updated"),
            "summary": entry.findtext(f"{ATOM}summary") or "",
        }
        for entry in feed.findall(f"{ATOM}entry")
    ]


def test_specification_feed_lists_its_own_and_its_bodies_versions(
    client, specification, body_page
):
    publish_change(body_page, "Ny ledamot.", ChangeType.SUBSTANTIVE)

    feed = read_feed(client, f"{specification.url}feed/")

    assert specification.title in feed.findtext(f"{ATOM}title")
    assert feed.findtext(f"{ATOM}updated")
    assert feed.findtext(f"{ATOM}id")
    assert feed.find(f"{ATOM}author/{ATOM}name").text == "Hjälpmedel i Testlän"
    listed = entries(feed)
    assert [entry["title"] for entry in listed] == [
        "Ledningsråd: version 2",
        "Ledningsråd: version 1",
        f"{specification.title}: version 1",
    ]
    newest = listed[0]
    assert newest["link"] == f"{body_page.full_url}versions/2/"
    assert "Ny ledamot." in newest["summary"]
    entry = body_page.change_log_entries.get(version=2)
    assert datetime.datetime.fromisoformat(newest["updated"]) == entry.published_at
    assert len({entry["id"] for entry in listed}) == 3


def test_organisation_feed_lists_all_its_pages(
    client, organisation, specification, body_page
):
    routine = RoutinePageFactory(parent=organisation, title="Rutin för avvikelser")

    titles = [
        e["title"] for e in entries(read_feed(client, f"{organisation.url}feed/"))
    ]

    assert set(titles) == {
        f"{organisation.title}: version 1",
        f"{specification.title}: version 1",
        "Ledningsråd: version 1",
        f"{routine.title}: version 1",
    }
    assert titles[0] == f"{routine.title}: version 1"


def test_feeds_leave_out_unpublished_and_private_pages(
    client, organisation, specification, body_page
):
    hidden = BodyPageFactory(parent=specification, title="Dold grupp")
    hidden.unpublish()
    PageViewRestriction.objects.create(
        page=body_page, restriction_type=PageViewRestriction.LOGIN
    )

    for url in (f"{organisation.url}feed/", f"{specification.url}feed/"):
        titles = [e["title"] for e in entries(read_feed(client, url))]
        assert not [t for t in titles if "Dold" in t or "Ledningsråd" in t], url


def test_drafts_are_not_in_the_feed(client, specification, body_page):
    draft = body_page.get_latest_revision_as_object()
    draft.title = "Utkast"
    draft.save_revision()

    titles = [
        e["title"] for e in entries(read_feed(client, f"{specification.url}feed/"))
    ]
    assert "Utkast: version 2" not in titles
    assert len(titles) == 2


def test_feed_of_a_private_or_unpublished_page_does_not_exist(
    client, organisation, specification
):
    url = f"{specification.url}feed/"
    PageViewRestriction.objects.create(
        page=organisation,
        restriction_type=PageViewRestriction.PASSWORD,
        password="hemligt",
    )
    assert client.get(url).status_code == 404
    assert client.get(f"{organisation.url}feed/").status_code == 404

    PageViewRestriction.objects.all().delete()
    specification.unpublish()
    assert client.get(url).status_code == 404


def test_only_organisations_and_specifications_have_feeds(client, body_page):
    assert client.get(f"{body_page.url}feed/").status_code == 404


def test_feed_escapes_text(client, specification):
    body = BodyPageFactory(parent=specification, title="Råd <b>&</b> grupp")
    publish_change(body, "Ny <script>alert(1)</script> rad.")

    [newest, *_] = entries(read_feed(client, f"{specification.url}feed/"))
    assert newest["title"] == "Råd <b>&</b> grupp: version 2"
    # The summary is HTML: the user's text in it is escaped once more.
    assert "<p>Ny &lt;script&gt;alert(1)&lt;/script&gt; rad.</p>" in newest["summary"]
