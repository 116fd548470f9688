"""Who may do what with a page that has a change awaiting preparation.

Rows are the roles; columns what they try. Public version URLs are readable by
everyone; everything about the draft is for the organisation's own people only.
"""

import pytest
from wagtail.models import TaskState, WorkflowState

from pages.models import BodyPage
from tests.workflow.conftest import body_form_data
from tests.workflow.test_flow import SUBSTANTIVE, current_task_state, submit

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "editor", "preparer", "approver", "other_approver", "admin"]
OPEN, DENIED = "open", "denied"

#: role -> (edit the draft, view the draft, publish directly, approve preparation)
EXPECTED = {
    "anonymous": (DENIED, DENIED, DENIED, DENIED),
    "editor": (OPEN, OPEN, DENIED, DENIED),
    "preparer": (OPEN, OPEN, DENIED, OPEN),
    "approver": (OPEN, OPEN, DENIED, DENIED),
    "other_approver": (DENIED, DENIED, DENIED, DENIED),
    "admin": (OPEN, OPEN, OPEN, OPEN),
}


@pytest.fixture
def pending(client, users, ledningsrad):
    """A substantive change submitted by the editor, waiting for preparation."""
    submit(client, users["editor"], ledningsrad, **SUBSTANTIVE)
    client.logout()
    return BodyPage.objects.get(pk=ledningsrad.pk)


def log_in(client, users, role):
    if role != "anonymous":
        client.force_login(users[role])


def outcome(response):
    return OPEN if response.status_code == 200 else DENIED


@pytest.mark.parametrize("role", ROLES)
def test_edit_view(client, users, pending, role):
    log_in(client, users, role)
    response = client.get(f"/admin/pages/{pending.pk}/edit/")
    assert outcome(response) == EXPECTED[role][0]


@pytest.mark.parametrize("role", ROLES)
def test_view_draft(client, users, pending, role):
    log_in(client, users, role)
    response = client.get(f"/admin/pages/{pending.pk}/view_draft/")
    assert outcome(response) == EXPECTED[role][1]
    if outcome(response) == OPEN:
        assert "åtta gånger" in response.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_publish_directly(client, users, pending, role):
    log_in(client, users, role)
    data = body_form_data(pending, action="action-publish", **SUBSTANTIVE)
    client.post(f"/admin/pages/{pending.pk}/edit/", data)
    live = BodyPage.objects.get(pk=pending.pk)
    published = "åtta" in live.introduction
    assert (OPEN if published else DENIED) == EXPECTED[role][2]


@pytest.mark.parametrize("role", ROLES)
def test_approve_preparation(client, users, pending, role):
    task_state = current_task_state(pending)
    log_in(client, users, role)
    client.post(
        f"/admin/pages/workflow/action/{pending.pk}/approve/{task_state.pk}/",
        {"comment": ""},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    task_state.refresh_from_db()
    approved = task_state.status == TaskState.STATUS_APPROVED
    assert (OPEN if approved else DENIED) == EXPECTED[role][3]


@pytest.mark.parametrize("role", ROLES)
def test_forged_task_state_ids_are_refused(client, users, pending, halland, role):
    """Approving a task state through another page's URL does nothing."""
    task_state = current_task_state(pending)
    other = BodyPage.objects.exclude(pk=pending.pk).first() or pending.get_parent()
    log_in(client, users, role)
    response = client.post(
        f"/admin/pages/workflow/action/{other.pk}/approve/{task_state.pk}/",
        {"comment": ""},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code in (302, 403, 404)
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    assert WorkflowState.objects.for_instance(pending).get().status == "in_progress"


@pytest.mark.parametrize("role", ROLES)
def test_published_versions_are_public_and_drafts_are_not(client, users, pending, role):
    """Version URLs show what was published, to everyone; the pending draft has no
    version number, so its would-be URLs are 404 for everyone, even its authors."""
    log_in(client, users, role)
    first = client.get(f"{pending.url}versions/1/")
    assert first.status_code == 200
    assert "åtta" not in first.content.decode()
    assert client.get(f"{pending.url}versions/2/").status_code == 404
    assert client.get(f"{pending.url}versions/1/diff/2/").status_code == 404
