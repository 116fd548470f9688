"""Stable version addresses: <page>versions/<n>/ renders the page as it stood at
version n; only published versions of live pages that readers may see exist."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import PageViewRestriction

from pages.models import ChangeType
from tests.factories import BodyPageFactory

pytestmark = pytest.mark.django_db


def publish_change(page, summary="", change_type=ChangeType.EDITORIAL, **fields):
    draft = page.get_latest_revision_as_object()
    for name, value in fields.items():
        setattr(draft, name, value)
    draft.change_type, draft.change_summary = change_type, summary
    draft.save_revision().publish()
    return draft


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def council(specification):
    """A body published twice: 'Gammal lydelse' in version 1, 'Ny lydelse' in 2."""
    body = BodyPageFactory(
        parent=specification,
        title="Ledningsråd",
        slug="rad",
        introduction="<p>Gammal lydelse om rådet.</p>",
    )
    publish_change(
        body,
        "Ny lydelse.",
        ChangeType.SUBSTANTIVE,
        introduction="<p>Ny lydelse om rådet.</p>",
    )
    body.refresh_from_db()
    return body


def test_old_version_renders_the_old_text_with_a_banner(client, council):
    soup = soup_of(client.get(f"{council.url}versions/1/"))

    assert "Gammal lydelse om rådet." in soup.select_one(".introduction").get_text()
    assert "Ny lydelse" not in soup.select_one("main").get_text()
    # Rendered with the page's own template and context.
    assert "page-body" in soup.body["class"]
    assert soup.select_one(".about-body")
    banner = soup.select_one("main .version-banner")
    assert banner is soup.select_one("main > *")
    assert banner["aria-labelledby"] == "version-banner-title"
    assert "1" in banner.select_one("#version-banner-title").get_text()
    assert banner.select_one("time[datetime]")
    assert banner.select_one(f"a[href='{council.url}']")
    assert soup.select_one("meta[name=robots]")["content"] == "noindex"
    assert soup.select_one("link[rel=canonical]") is None


def test_old_version_reads_as_it_did_then(client, council):
    first, second = council.change_log_entries.order_by("version")
    soup = soup_of(client.get(f"{council.url}versions/1/"))

    updated = soup.select_one(".last-updated time")["datetime"]
    assert updated == timezone.localtime(first.published_at).isoformat()
    log = soup.find(id="andringslogg").find_parent("section")
    titles = [" ".join(h.get_text().split()) for h in log.select(".change-log__title")]
    assert len(titles) == 1
    assert titles[0].startswith("Version 1")
    assert log.select_one(".change-log__entry[aria-current=true]")
    assert second.summary not in log.get_text()


def test_current_version_has_its_own_address_too(client, council):
    soup = soup_of(client.get(f"{council.url}versions/2/"))

    assert "Ny lydelse om rådet." in soup.select_one(".introduction").get_text()
    banner = soup.select_one(".version-banner")
    assert banner.select_one(f"a[href='{council.url}']")
    assert soup.select_one("meta[name=robots]")["content"] == "noindex"


def test_current_page_is_served_as_before(client, council):
    soup = soup_of(client.get(council.url))

    assert "Ny lydelse om rådet." in soup.select_one(".introduction").get_text()
    assert soup.select_one(".version-banner") is None
    assert soup.select_one("meta[name=robots]") is None
    assert soup.select_one("link[rel=canonical]")


def test_specification_version_numbers_are_its_own(client, specification, council):
    # The specification has one version; its body has two.
    assert client.get(f"{specification.url}versions/1/").status_code == 200
    assert client.get(f"{specification.url}versions/2/").status_code == 404


@pytest.mark.parametrize(
    "suffix",
    [
        "versions/3/",  # a draft saved after version 2
        "versions/0/",
        "versions/99/",
        "versions/99999999999999999999999/",
        "versions/1/diff/3/",
        "versions/3/diff/1/",
        "versions/1/diff/99999999999999999999999/",
        "versions/abc/",
        "versions/1/diff/",
    ],
)
def test_versions_that_were_never_published_do_not_exist(client, council, suffix):
    draft = council.get_latest_revision_as_object()
    draft.introduction = "<p>Utkast som ingen har godkänt.</p>"
    draft.save_revision()

    response = client.get(f"{council.url}{suffix}")
    assert response.status_code == 404
    assert b"Utkast" not in response.content


def test_a_version_whose_revision_was_deleted_does_not_exist(client, council):
    council.change_log_entries.get(version=1).revision.delete()

    assert client.get(f"{council.url}versions/1/").status_code == 404
    assert client.get(f"{council.url}versions/1/diff/2/").status_code == 404
    assert client.get(f"{council.url}versions/2/").status_code == 200


ADDRESSES = ["versions/", "versions/1/", "versions/1/diff/2/"]


@pytest.mark.parametrize("suffix", ADDRESSES)
def test_unpublished_pages_have_no_versions(client, council, suffix):
    url = council.url
    council.unpublish()

    response = client.get(f"{url}{suffix}")
    assert response.status_code == 404
    assert b"lydelse" not in response.content


@pytest.mark.parametrize(
    "restriction_type", [PageViewRestriction.LOGIN, PageViewRestriction.PASSWORD]
)
@pytest.mark.parametrize("suffix", ADDRESSES)
def test_private_pages_versions_are_404_for_anonymous_readers(
    client, council, suffix, restriction_type
):
    PageViewRestriction.objects.create(
        page=council, restriction_type=restriction_type, password="hemligt"
    )

    response = client.get(f"{council.url}{suffix}")
    assert response.status_code == 404
    assert b"lydelse" not in response.content


def test_pages_below_a_private_page_are_private_too(client, specification, council):
    PageViewRestriction.objects.create(
        page=specification, restriction_type=PageViewRestriction.LOGIN
    )

    assert client.get(f"{council.url}versions/1/").status_code == 404
    assert client.get(f"{specification.url}versions/").status_code == 404
    # The page itself still asks for a login, as Wagtail does.
    assert client.get(council.url).status_code == 302


def test_readers_who_may_see_a_private_page_see_its_versions(client, council):
    PageViewRestriction.objects.create(
        page=council, restriction_type=PageViewRestriction.LOGIN
    )
    client.force_login(get_user_model().objects.create_user("lasare", password="x"))

    soup = soup_of(client.get(f"{council.url}versions/1/"))
    assert "Gammal lydelse" in soup.select_one(".introduction").get_text()


def test_old_version_text_is_escaped(client, specification):
    body = BodyPageFactory(parent=specification, title="<script>alert(1)</script>")
    publish_change(body, "<b>fet</b>", title="Ny titel")

    first = client.get(f"{body.url}versions/1/")
    assert b"<script>alert(1)</script>" not in first.content
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in first.content
    log = client.get(f"{body.url}versions/")
    assert b"<b>fet</b>" not in log.content
