"""The Wagtail admin speaks the user's preferred language (Wagtail's user profile);
without a preference, the browser's language when it is Swedish or English, and
English otherwise; whatever language the public address is in."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from pages.demo.users import ensure_demo_users, set_up_organisations
from pages.roles import EDITORS, set_up_organisation
from tests.factories import OrganisationPageFactory
from tests.workflow.conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(organisation):
    groups, _workflow = set_up_organisation(organisation)
    return make_user("redaktor", groups[EDITORS])


def prefer(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def dashboard(client, user, **headers):
    client.force_login(user)
    response = client.get("/admin/", headers=headers)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_an_editor_who_prefers_swedish_gets_swedish(client, editor):
    prefer(editor, "sv")
    soup = dashboard(client, editor)
    assert soup.html["lang"] == "sv"
    assert "Instrumentpanel" in soup.title.get_text()


def test_an_editor_who_prefers_english_gets_english(client, editor):
    prefer(editor, "en")
    soup = dashboard(client, editor, accept_language="sv")
    assert soup.html["lang"] == "en"
    assert "Dashboard" in soup.title.get_text()


def test_a_swedish_preference_wins_over_the_browser(client, editor):
    prefer(editor, "sv")
    soup = dashboard(client, editor, accept_language="en")
    assert soup.html["lang"] == "sv"


@pytest.mark.parametrize(
    "accept_language, expected, title",
    [
        ("sv-SE,sv;q=0.9,en;q=0.8", "sv", "Instrumentpanel"),
        ("de-DE,sv;q=0.5", "sv", "Instrumentpanel"),
        ("en-GB,en;q=0.9", "en", "Dashboard"),
        ("de-DE,de;q=0.9", "en", "Dashboard"),
        ("", "en", "Dashboard"),
    ],
)
def test_without_a_preference_the_browser_decides_else_english(
    client, editor, accept_language, expected, title
):
    """Unprefixed addresses (/admin/ among them) would get the site's default
    language from Django's LocaleMiddleware; the admin asks the browser instead."""
    soup = dashboard(client, editor, accept_language=accept_language)
    assert soup.html["lang"] == expected
    assert title in soup.title.get_text()


def test_the_admin_login_page_follows_the_browser(client):
    swedish = client.get("/admin/login/", headers={"accept_language": "sv"})
    english = client.get("/admin/login/", headers={"accept_language": "fr"})
    assert BeautifulSoup(swedish.content, "html.parser").html["lang"] == "sv"
    assert BeautifulSoup(english.content, "html.parser").html["lang"] == "en"


def test_the_demo_editors_prefer_swedish(home):
    OrganisationPageFactory(parent=home, slug="vastra-gotaland")
    OrganisationPageFactory(parent=home, slug="halland")
    ensure_demo_users(set_up_organisations(home))
    for user in get_user_model().objects.all():
        assert UserProfile.get_for_user(user).preferred_language == "sv"


def test_the_admin_offers_swedish_and_english(client, editor):
    client.force_login(editor)
    response = client.get("/admin/account/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    select = soup.find("select", attrs={"name": "locale-preferred_language"})
    # "" is "use the default" (the browser's language, else English).
    assert {option["value"] for option in select.find_all("option")} == {
        "",
        "sv",
        "en",
    }


def test_the_public_site_follows_the_address_not_the_preference(
    client, editor, organisation
):
    prefer(editor, "en")
    client.force_login(editor)
    swedish = BeautifulSoup(client.get(organisation.url).content, "html.parser")
    assert swedish.html["lang"] == "sv"
