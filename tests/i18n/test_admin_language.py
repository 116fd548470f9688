"""The Wagtail admin speaks Swedish unless the user chose English in their account
(Wagtail's user profile), whatever language the public address is in."""

import pytest
from bs4 import BeautifulSoup
from wagtail.users.models import UserProfile

from pages.roles import EDITORS, set_up_organisation
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


def test_an_editor_without_a_preference_gets_swedish(client, editor):
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


def test_without_a_preference_swedish_wins_over_the_browser(client, editor):
    """Swedish, the site's default language, is also the admin's default: the
    browser's Accept-Language is not consulted (Django's LocaleMiddleware gives
    unprefixed addresses, /admin/ among them, the default language)."""
    soup = dashboard(client, editor, accept_language="en")
    assert soup.html["lang"] == "sv"


def test_the_admin_offers_swedish_and_english(client, editor):
    client.force_login(editor)
    response = client.get("/admin/account/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    select = soup.find("select", attrs={"name": "locale-preferred_language"})
    # "" is "use the default" (Swedish).
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
