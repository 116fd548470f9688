"""Private, draft and expired pages never leak into a public response.

Every hidden page carries the marker word below in its title and text; a public body
is related to each of them. Every public address a reader (or a crawler) can reach is
fetched anonymously and must not contain the marker."""

import datetime
import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from pypdf import PdfReader
from wagtail.models import Page, PageViewRestriction

from pages.models import BodyPage, ChangeLogEntry
from tests.factories import BodyPageFactory, SpecificationPageFactory

pytestmark = pytest.mark.django_db

MARKER = "smygord"
#: A word only the hidden pages' texts contain, to search for.
HIDDEN_WORD = "sesamnyckel"
HIDDEN_TEXT = f"<p>Organet {HIDDEN_WORD} beslutar om budgeten.</p>"
MANDATE = (
    "mandate",
    {
        "heading": "",
        "anchor": "",
        "items": [{"decision": f"Besluta om {HIDDEN_WORD}", "money_limit": 1000}],
    },
)


def hidden_body(parent, kind, **extra):
    return BodyPageFactory(
        parent=parent,
        title=f"Smygord {kind}",
        slug=f"smygord-{kind}",
        short_name=f"SMYGORD-{kind.upper()}",
        introduction=HIDDEN_TEXT,
        content=[MANDATE],
        **extra,
    )


def restrict(page, restriction_type, **extra):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, **extra
    )
    return restriction


@pytest.fixture
def site_with_hidden_pages(organisation, specification):
    """A public body related to one hidden body of each kind; pages below hidden
    pages; an unpublished specification with a live body left below it."""
    hidden = {}
    hidden["login"] = hidden_body(specification, "inloggning")
    restrict(hidden["login"], PageViewRestriction.LOGIN)
    hidden["password"] = hidden_body(specification, "losenord")
    restrict(hidden["password"], PageViewRestriction.PASSWORD, password="hemligt")
    hidden["groups"] = hidden_body(specification, "grupp")
    group_restriction = restrict(hidden["groups"], PageViewRestriction.GROUPS)
    group_restriction.groups.set([Group.objects.create(name="Insyn")])
    # Below a private body: private too, though it has no restriction of its own.
    hidden["below_private"] = hidden_body(hidden["login"], "under-privat")

    hidden["draft"] = hidden_body(specification, "utkast", publish=False, live=False)
    hidden["unpublished"] = hidden_body(specification, "avpublicerad")
    hidden["unpublished"].unpublish()
    hidden["expired"] = hidden_body(specification, "utgangen")
    # Published with an expiry that has passed since; publish_scheduled has not run.
    BodyPage.objects.filter(pk=hidden["expired"].pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=5)
    )

    withdrawn = SpecificationPageFactory(
        parent=organisation,
        title="Smygord indragen specifikation",
        slug="smygord-indragen",
        introduction=HIDDEN_TEXT,
    )
    left_below = BodyPageFactory(
        parent=withdrawn, title="Kvarlämnad grupp", slug="kvarlamnad"
    )
    withdrawn.unpublish()
    hidden["withdrawn_specification"] = withdrawn

    public = BodyPageFactory(
        parent=specification,
        title="Ledningsråd",
        slug="ledningsrad",
        introduction="<p>Ledningsrådet leder samarbetet.</p>",
        reports_to=hidden["login"],
        assignments_from=hidden["draft"],
        oversight_by=hidden["expired"],
        predecessor=hidden["unpublished"],
    )
    sub_public = BodyPageFactory(
        parent=specification,
        title="Beredningsgrupp",
        slug="beredningsgrupp",
        reports_to=hidden["password"],
        assignments_from=hidden["groups"],
    )
    return {
        "hidden": {key: Page.objects.get(pk=page.pk) for key, page in hidden.items()},
        "public": public,
        "sub_public": sub_public,
        "left_below": left_below,
        "organisation": organisation,
        "specification": specification,
    }


def public_addresses(pages):
    organisation, specification = pages["organisation"], pages["specification"]
    public = pages["public"]
    org, spec = organisation.url, specification.url
    return [
        "/",
        org,
        spec,
        public.url,
        pages["sub_public"].url,
        f"{public.url}versions/",
        f"{public.url}versions/1/",
        f"{spec}versions/",
        f"{spec}feed/",
        f"{org}feed/",
        f"{org}versions/",
        f"{org}organisationsschema/",
        f"{org}vem-beslutar/",
        f"{org}representation/",
        f"{org}oppna-data/popolo/",
        f"{org}oppna-data/sammansattning/",
        f"{org}oppna-data/mandat/",
        f"{spec}utskrift/",
        "/sitemap.xml",
        "/api/v2/pages/?limit=100",
        "/api/v2/pages/?limit=100&fields=*",
        "/api/v2/pages/?limit=100&type=pages.BodyPage&fields=*",
        f"/api/v2/pages/?limit=100&child_of={specification.pk}",
        f"/api/v2/pages/?limit=100&descendant_of={organisation.pk}",
        f"/api/v2/pages/?search={HIDDEN_WORD}",
        f"/api/v2/pages/?search={MARKER}",
        f"/api/v2/pages/{public.pk}/",
        f"/api/v2/pages/{pages['sub_public'].pk}/?fields=*",
        f"/sok/?q={HIDDEN_WORD}",
        "/sok/?q=budgeten",
        "/sok/autocomplete/?q=Smy",
        f"/api/v2/pages/{pages['left_below'].pk}/",
    ]


def hidden_addresses(pages):
    """The hidden pages' own addresses and those below them. The reader typed them,
    so an error page may repeat them: there, the titles and texts must not show."""
    hidden, spec = pages["hidden"], pages["specification"].url
    urls = [page.url or f"{spec}{page.slug}/" for page in hidden.values()]
    urls.append(pages["left_below"].url or f"{urls[-1]}{pages['left_below'].slug}/")
    return [
        *urls,
        *(f"{url}versions/" for url in urls),
        *(f"{url}versions/1/" for url in urls),
        *(f"{url}feed/" for url in urls),
        *(f"{url}utskrift/" for url in urls),
        *(f"/api/v2/pages/{page.pk}/" for page in hidden.values()),
        *(f"/api/v2/pages/?child_of={page.pk}" for page in hidden.values()),
    ]


def text_of(response):
    if response.get("Content-Type", "").startswith("application/pdf"):
        reader = PdfReader(io.BytesIO(response.content))
        return "\n".join(page.extract_text() for page in reader.pages)
    return response.content.decode()


def leaks(client, addresses, pattern=rf"{MARKER}[\w-]*[ -]?\w*"):
    """[(address, status, what was found)] of the responses in which `pattern`
    (by default the marker, in a title or an address) occurs."""
    found = []
    for address in addresses:
        response = client.get(address, follow=True)
        names = sorted(set(re.findall(pattern, text_of(response).lower())))
        if names:
            found.append((address, response.status_code, names))
    return found


#: A hidden page's title or text.
TITLE_OR_TEXT = rf"{MARKER} \w+|{HIDDEN_WORD}"


def test_no_public_response_names_a_hidden_page(client, site_with_hidden_pages):
    assert leaks(client, public_addresses(site_with_hidden_pages)) == []


def test_hidden_pages_themselves_show_nothing_of_them(client, site_with_hidden_pages):
    addresses = hidden_addresses(site_with_hidden_pages)
    assert leaks(client, addresses, TITLE_OR_TEXT) == []
    for address in addresses:
        # 200 only for the password form; 302 to the login form.
        assert client.get(address).status_code in (200, 302, 400, 404), address


def test_the_pdf_names_no_hidden_page(client, site_with_hidden_pages):
    specification = site_with_hidden_pages["specification"]
    response = client.get(f"{specification.url}utskrift/pdf/")
    assert response.status_code == 200
    text = text_of(response)
    assert "Ledningsråd" in text
    assert MARKER not in text.lower()


def test_the_public_body_is_shown_without_its_hidden_relations(
    client, site_with_hidden_pages
):
    """The check above is not vacuous: the public pages are there, with their text."""
    public = site_with_hidden_pages["public"]
    response = client.get(public.url)
    assert response.status_code == 200
    assert "Ledningsrådet leder samarbetet" in response.content.decode()
    data = client.get(f"/api/v2/pages/{public.pk}/").json()
    assert data["title"] == "Ledningsråd"
    for relation in ("reports_to", "assignments_from", "oversight_by", "predecessor"):
        assert data[relation] is None


@pytest.mark.parametrize("kind", ["login", "password", "groups", "below_private"])
def test_private_pages_stay_out_for_a_logged_in_reader_outside_the_restriction(
    client, site_with_hidden_pages, kind
):
    """A logged-in reader who is not in the group (nor gave the password) sees
    nothing of them either; login-only pages stay out of the open data and search,
    which are the same for everyone."""
    reader = get_user_model().objects.create_user("lasare", password="pw")
    client.force_login(reader)
    pages = site_with_hidden_pages
    addresses = [
        f"{pages['organisation'].url}organisationsschema/",
        f"{pages['specification'].url}utskrift/",
        "/api/v2/pages/?limit=100&fields=*",
        f"/sok/?q={HIDDEN_WORD}",
        "/sok/autocomplete/?q=Smy",
        "/sitemap.xml",
    ]
    assert leaks(client, addresses) == []
    if kind in ("password", "groups"):  # a login-only page is open to this reader
        own = pages["hidden"][kind].url
        assert leaks(client, [own, f"{own}versions/1/"], TITLE_OR_TEXT) == []


def test_expired_pages_are_gone_after_publish_scheduled_too(
    client, site_with_hidden_pages
):
    call_command("publish_scheduled")
    expired = Page.objects.get(pk=site_with_hidden_pages["hidden"]["expired"].pk)
    assert not expired.live
    assert expired.expired
    assert leaks(client, public_addresses(site_with_hidden_pages)) == []


def test_a_page_past_its_expiry_is_404_before_publish_scheduled_runs(
    client, site_with_hidden_pages
):
    expired = site_with_hidden_pages["hidden"]["expired"]
    assert client.get(expired.url).status_code == 404
    assert Page.objects.get(pk=expired.pk).expired


def test_a_decision_by_a_private_body_does_not_name_it(client, site_with_hidden_pages):
    """The change log and feeds of a public page do not name a deciding body behind
    a view restriction (one since unpublished keeps its recorded name:
    tests/pages/test_change_log.py)."""
    public = site_with_hidden_pages["public"]
    private_body = BodyPage.objects.get(pk=site_with_hidden_pages["hidden"]["login"].pk)
    ChangeLogEntry.objects.filter(page_id=public.pk).update(
        deciding_body=private_body,
        deciding_body_name=private_body.title,
        decision_reference="Protokoll 2026-03-12 § 4",
    )
    specification = site_with_hidden_pages["specification"]
    organisation = site_with_hidden_pages["organisation"]
    addresses = [
        public.url,
        f"{public.url}versions/",
        f"{public.url}versions/1/",
        f"{specification.url}versions/",
        f"{specification.url}feed/",
        f"{organisation.url}feed/",
    ]
    assert leaks(client, addresses) == []
