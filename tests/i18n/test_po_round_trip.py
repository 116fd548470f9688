"""Translators may work outside the site: they download a page's translation as a
PO file from wagtail-localize's translation editor, fill it in and upload it; the
translation is then published (through the workflow for an editor) and the English
page shows it."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Locale, WorkflowState

from pages.models import ChangeLogEntry
from pages.roles import EDITORS, PREPARERS, set_up_organisation
from pages.translations import synced_translation
from tests.factories import BodyPageFactory
from tests.i18n.conftest import (
    get,
    texts_of_home,
    texts_of_organisation,
    texts_of_specification,
    translate,
)
from tests.workflow.conftest import make_user

pytestmark = pytest.mark.django_db

ENGLISH = {
    "Ledningsråd": "Leadership council",
    "ledningsrad": "leadership-council",
    "Rådet leder samverkan.": "The council leads the collaboration.",
    "Rådet ska": "The council shall",
    "bereda gemensamma ärenden": "prepare joint matters",
    "följa upp avtalet": "follow up the agreement",
}


@pytest.fixture
def people(organisation):
    groups, _workflow = set_up_organisation(organisation)
    return {
        "editor": make_user("redaktor", groups[EDITORS]),
        "preparer": make_user("beredare", groups[PREPARERS]),
        "admin": make_user("admin", is_superuser=True, is_staff=True),
    }


@pytest.fixture
def started(client, people, home, organisation, specification):
    """The council, whose English translation an administrator has started (a
    draft, nothing translated yet), with the English tree above it published."""
    translate(home, texts_of_home(home))
    translate(organisation, texts_of_organisation(organisation))
    translate(specification, texts_of_specification(specification))
    council = BodyPageFactory(
        parent=specification,
        title="Ledningsråd",
        slug="ledningsrad",
        introduction="<p>Rådet leder samverkan.</p>",
        content=[
            (
                "assignment",
                {
                    "heading": "",
                    "anchor": "",
                    "intro": "Rådet ska",
                    "items": ["bereda gemensamma ärenden", "följa upp avtalet"],
                },
            )
        ],
    )
    client.force_login(people["admin"])
    english_locale = Locale.objects.get(language_code="en")
    response = client.post(
        f"/admin/localize/submit/page/{council.pk}/", {"locales": [english_locale.pk]}
    )
    assert response.status_code == 302
    english = council.get_translation(english_locale)
    assert not english.live
    return council, english


def download(client, translation):
    response = client.get(
        f"/admin/localize/translate/{translation.pk}/pofile/download/"
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "text/x-gettext-translation"
    assert response["Content-Disposition"].endswith("-en.po")
    return polib.pofile(response.content.decode())


def upload(client, translation, po):
    response = client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/",
        {
            "file": SimpleUploadedFile(
                "translation.po", str(po).encode(), "text/x-gettext-translation"
            ),
            "next": "/admin/",
        },
    )
    assert response.status_code == 302


def fill(po):
    for entry in po:
        entry.msgstr = ENGLISH[entry.msgid]
    return po


def test_the_po_file_lists_every_swedish_string(client, people, started):
    _council, english = started
    client.force_login(people["editor"])
    po = download(client, synced_translation(english))
    assert {entry.msgid for entry in po} == set(ENGLISH)
    assert all(entry.msgstr == "" for entry in po)
    assert "X-WagtailLocalize-TranslationID" in po.metadata


def test_an_editors_po_translation_is_published_through_the_workflow(
    client, people, started
):
    _council, english = started
    translation = synced_translation(english)
    client.force_login(people["editor"])
    upload(client, translation, fill(download(client, translation)))
    assert translation.get_progress() == (len(ENGLISH), len(ENGLISH))
    # Downloading again gives back what was uploaded.
    assert {e.msgid: e.msgstr for e in download(client, translation)} == ENGLISH

    response = client.post(
        f"/admin/pages/{english.pk}/submit-translation/",
        {"change_type": "editorial", "change_summary": "Translated into English."},
    )
    assert response.status_code == 302
    english.refresh_from_db()
    assert not english.live

    client.force_login(people["preparer"])
    state = WorkflowState.objects.for_instance(english).get()
    response = client.post(
        f"/admin/pages/workflow/action/{english.pk}/approve/"
        f"{state.current_task_state.pk}/",
        {"comment": ""},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.json()["step"] == "success"

    client.logout()
    english.refresh_from_db()
    assert english.url == "/en/testlan/specification/leadership-council/"
    main = get(client, english.url).main
    assert main.find("h1").get_text(strip=True) == "Leadership council"
    text = main.get_text(" ", strip=True)
    assert "The council leads the collaboration." in text
    assert "The council shall" in text
    assert "prepare joint matters" in text
    assert "Translated into English." in get(client, english.url + "versions/").text


def test_an_administrator_may_publish_from_the_translation_editor(
    client, people, started, django_capture_on_commit_callbacks
):
    _council, english = started
    translation = synced_translation(english)
    client.force_login(people["admin"])
    upload(client, translation, fill(download(client, translation)))
    # wagtail-localize publishes once the request's transaction has committed.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/pages/{english.pk}/edit/", {"action": "publish"}
        )
    assert response.status_code == 302
    client.logout()
    english.refresh_from_db()
    assert english.live
    assert "The council leads the collaboration." in get(client, english.url).text
    assert ChangeLogEntry.objects.for_page(english).count() == 1
