"""A publish that fails half-way leaves nothing half-done: never a change-log entry
without the published version, never a published version without its entry."""

from unittest import mock

import pytest
from django.db import DatabaseError
from wagtail.models import TaskState, WorkflowState

from pages.models import BodyPage, ChangeLogEntry
from tests.faults.conftest import EDITORIAL, act, current_task_state, submit

pytestmark = pytest.mark.django_db


def published_state(page):
    live = BodyPage.objects.get(pk=page.pk)
    return live.live_revision_id, ChangeLogEntry.objects.for_page(live).count()


def assert_unchanged(page, before, text):
    assert text not in BodyPage.objects.get(pk=page.pk).introduction
    assert published_state(page) == before


def test_a_failure_after_the_change_log_entry_removes_the_entry(ledningsrad):
    before = published_state(ledningsrad)
    page = ledningsrad.get_latest_revision_as_object()
    page.introduction = "<p>Ny text som inte får publiceras.</p>"
    page.change_type, page.change_summary = "editorial", "Ny text."
    revision = page.save_revision()
    # After the entry is written Wagtail saves the page's aliases: that save fails.
    with (
        mock.patch.object(
            BodyPage, "update_aliases", side_effect=DatabaseError("server closed")
        ),
        pytest.raises(DatabaseError),
    ):
        revision.publish()
    assert_unchanged(ledningsrad, before, "Ny text")


def test_a_failing_change_log_write_during_approval_changes_nothing(
    client, users, ledningsrad
):
    before = published_state(ledningsrad)
    submit(client, users["editor"], ledningsrad, **EDITORIAL)
    state = current_task_state(ledningsrad)
    client.raise_request_exception = True
    with (
        mock.patch.object(
            ChangeLogEntry, "save", side_effect=DatabaseError("disk full")
        ),
        pytest.raises(DatabaseError),
    ):
        act(client, users["preparer"], ledningsrad, state, "approve")
    assert_unchanged(ledningsrad, before, "om året")
    # The approval was rolled back with the publish: the change still awaits it …
    assert TaskState.objects.get(pk=state.pk).status == TaskState.STATUS_IN_PROGRESS
    assert WorkflowState.objects.get(pk=state.workflow_state_id).status == (
        WorkflowState.STATUS_IN_PROGRESS
    )
    # … and approving again publishes it once, with its entry.
    assert act(client, users["preparer"], ledningsrad, state, "approve").json()[
        "step"
    ] == ("success")
    live = BodyPage.objects.get(pk=ledningsrad.pk)
    assert "om året" in live.introduction
    entries = ChangeLogEntry.objects.for_page(live)
    assert entries.count() == before[1] + 1
    assert entries.filter(revision_id=live.live_revision_id).count() == 1
