"""Nothing half-done: a publish and its change-log entry stand or fall together, and a
page locked by one editor cannot be changed by another."""

from unittest import mock

import pytest

from pages.models import BodyPage, ChangeLogEntry
from tests.workflow.conftest import body_form_data

pytestmark = pytest.mark.django_db


def test_a_failing_change_log_leaves_the_page_unpublished(ledningsrad):
    page = ledningsrad.get_latest_revision_as_object()
    page.introduction = "<p>Ny text som inte får publiceras.</p>"
    page.change_type, page.change_summary = "editorial", "Ny text."
    revision = page.save_revision()
    with (
        mock.patch(
            "pages.signal_handlers.record_publication",
            side_effect=RuntimeError("database went away"),
        ),
        pytest.raises(RuntimeError),
    ):
        revision.publish()
    live = BodyPage.objects.get(pk=ledningsrad.pk)
    assert "Ny text" not in live.introduction
    assert live.live_revision_id != revision.pk
    assert ChangeLogEntry.objects.for_page(live).count() == 1


def test_every_publish_has_exactly_one_entry_with_its_revision(ledningsrad):
    for number in range(3):
        page = ledningsrad.get_latest_revision_as_object()
        page.change_type, page.change_summary = "editorial", f"Ändring {number}."
        page.save_revision().publish()
    live = BodyPage.objects.get(pk=ledningsrad.pk)
    entries = list(ChangeLogEntry.objects.for_page(live).order_by("version"))
    assert [entry.version for entry in entries] == [1, 2, 3, 4]
    assert entries[-1].revision_id == live.live_revision_id
    assert entries[-1].summary == "Ändring 2."


def test_a_page_locked_by_one_editor_cannot_be_saved_by_another(
    client, users, ledningsrad
):
    client.force_login(users["editor"])
    response = client.post(f"/admin/pages/{ledningsrad.pk}/lock/")
    assert BodyPage.objects.get(pk=ledningsrad.pk).locked
    client.force_login(users["preparer"])
    page = BodyPage.objects.get(pk=ledningsrad.pk)
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        body_form_data(page, action=None, introduction_html="<p>Låst?</p>"),
    )
    assert response.status_code in (200, 302)
    latest = BodyPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert "Låst?" not in latest.introduction


def test_an_editors_own_autosaved_revision_does_not_block_their_save(
    client, users, ledningsrad
):
    page = BodyPage.objects.get(pk=ledningsrad.pk)
    opened = body_form_data(page, action=None, introduction_html="<p>Slutlig.</p>")
    # Wagtail's autosave stores the same editor's draft as a newer revision.
    draft = page.get_latest_revision_as_object()
    draft.introduction = "<p>Autosparad.</p>"
    draft.save_revision(user=users["editor"])
    client.force_login(users["editor"])
    response = client.post(f"/admin/pages/{page.pk}/edit/", opened)
    assert response.status_code == 302
    latest = BodyPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert "Slutlig." in latest.introduction
