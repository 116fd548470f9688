"""Ids in admin and public addresses must be the page's own.

An editor with rights on page A (Västra Götaland) but not on page B (Halland), and a
superuser who has rights on both, put B's task state, workflow state or revision ids
into A's addresses: every such request is refused with 403 (or 404), shows nothing
of B, changes nothing, and the refusal is logged with the user, address and ids.
"""

import logging

import pytest
from wagtail.models import TaskState, WorkflowState

from pages.models import BodyPage, ChangeLogEntry, ChangeType
from tests.factories import BodyPageFactory, SpecificationPageFactory
from tests.workflow import conftest as workflow
from tests.workflow.test_flow import SUBSTANTIVE, current_task_state, submit

# The workflow tests' organisations, roles and council.
vg, halland, users = workflow.vg, workflow.halland, workflow.users
specification, ledningsrad = workflow.specification, workflow.ledningsrad

pytestmark = pytest.mark.django_db

HALLAND_DRAFT = "Hallands hemliga utkast om ersättningar."
LOGGER = "pages.middleware"


@pytest.fixture
def page_b(halland):
    """A Halland body with a draft revision whose text only Halland may see."""
    organisation, _groups = halland
    specification = SpecificationPageFactory(parent=organisation, slug="spec-h")
    body = BodyPageFactory(parent=specification, title="Hallandsråd", slug="rad-h")
    draft = body.get_latest_revision_as_object()
    draft.introduction = f"<p>{HALLAND_DRAFT}</p>"
    revision = draft.save_revision()
    return BodyPage.objects.get(pk=body.pk), revision


@pytest.fixture
def page_a(ledningsrad):
    """A Västra Götaland body with two revisions of its own."""
    draft = ledningsrad.get_latest_revision_as_object()
    draft.introduction = "<p>Ledningsrådet sammanträder sju gånger.</p>"
    draft.save_revision()
    return BodyPage.objects.get(pk=ledningsrad.pk)


def refusals(caplog):
    return [
        record.getMessage()
        for record in caplog.records
        if record.name == LOGGER and record.levelno == logging.WARNING
    ]


# Workflow actions ---------------------------------------------------------------


@pytest.fixture
def two_pending(client, users, ledningsrad, specification):
    """Two Västra Götaland bodies, each with a change waiting for preparation."""
    other = BodyPageFactory(parent=specification, title="Beredningsgrupp", slug="bg")
    submit(client, users["editor"], ledningsrad, **SUBSTANTIVE)
    submit(client, users["editor"], other, **SUBSTANTIVE)
    client.logout()
    return (
        BodyPage.objects.get(pk=ledningsrad.pk),
        BodyPage.objects.get(pk=other.pk),
    )


def post_action(client, page_id, task_state_id, view="action", action="approve"):
    return client.post(
        f"/admin/pages/workflow/{view}/{page_id}/{action}/{task_state_id}/",
        {"comment": ""},
        headers={"x-requested-with": "XMLHttpRequest"},
    )


@pytest.mark.parametrize("role", ["preparer", "admin"])
def test_another_pages_task_state_under_a_pages_address_is_refused_and_logged(
    client, users, two_pending, role, caplog
):
    """The preparer may approve both pages, but not B's task through A's address:
    Wagtail's view would act on whatever task state the id names."""
    page, other = two_pending
    others_task = current_task_state(other)
    client.force_login(users[role])
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        response = post_action(client, page.pk, others_task.pk)
    assert response.status_code == 403
    others_task.refresh_from_db()
    assert others_task.status == TaskState.STATUS_IN_PROGRESS
    assert current_task_state(page).status == TaskState.STATUS_IN_PROGRESS
    [message] = refusals(caplog)
    assert users[role].username in message
    assert f"/workflow/action/{page.pk}/approve/{others_task.pk}/" in message
    assert "task_state_id" in message


def test_the_same_user_approves_with_the_pages_own_ids(client, users, two_pending):
    page, _other = two_pending
    task_state = current_task_state(page)
    client.force_login(users["preparer"])
    response = post_action(client, page.pk, task_state.pk)
    assert response.status_code == 200
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_APPROVED


def test_forged_page_id_and_collect_data_url_are_refused(
    client, users, two_pending, caplog
):
    page, other = two_pending
    client.force_login(users["admin"])
    task_state = current_task_state(page)
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert post_action(client, 987654, task_state.pk).status_code == 403
        collect = post_action(
            client, other.pk, task_state.pk, view="collect_action_data"
        )
        assert collect.status_code == 403
    assert len(refusals(caplog)) == 2
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS


def test_someone_outside_the_tasks_group_is_refused_and_logged(
    client, users, two_pending, caplog
):
    """Halland's approver may not act on Västra Götaland's task: Wagtail refuses with
    403, and the refusal is logged."""
    page, _other = two_pending
    task_state = current_task_state(page)
    client.force_login(users["other_approver"])
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        response = post_action(client, page.pk, task_state.pk)
    assert response.status_code == 403
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    [message] = refusals(caplog)
    assert "beslutsfattare-halland" in message
    assert "no permission" in message


def test_another_pages_workflow_history_is_refused(client, users, two_pending):
    page, other = two_pending
    others_state = WorkflowState.objects.for_instance(other).get()
    client.force_login(users["admin"])
    url = f"/admin/pages/{page.pk}/workflow_history/detail/{others_state.pk}/"
    assert client.get(url).status_code == 403
    own_state = WorkflowState.objects.for_instance(page).get()
    own = f"/admin/pages/{page.pk}/workflow_history/detail/{own_state.pk}/"
    assert client.get(own).status_code == 200


# Revisions: view, compare, revert, unschedule -------------------------------------


def revision_urls(page, own, foreign):
    return [
        f"/admin/pages/{page.pk}/revisions/{foreign.pk}/view/",
        f"/admin/pages/{page.pk}/revisions/compare/{own.pk}...{foreign.pk}/",
        f"/admin/pages/{page.pk}/revisions/compare/{foreign.pk}...latest/",
        f"/admin/pages/{page.pk}/revisions/{foreign.pk}/revert/",
        f"/admin/pages/{page.pk}/revisions/{foreign.pk}/unschedule/",
    ]


@pytest.mark.parametrize("role", ["editor", "admin"])
def test_another_pages_revision_ids_under_a_pages_address_are_refused(
    client, users, page_a, page_b, role, caplog
):
    page_b, foreign = page_b
    own = page_a.revisions.order_by("pk").first()
    client.force_login(users[role])
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        for url in revision_urls(page_a, own, foreign):
            response = client.get(url)
            assert response.status_code == 403, url
            assert HALLAND_DRAFT not in response.content.decode()
        reverted = client.post(
            f"/admin/pages/{page_a.pk}/revisions/{foreign.pk}/revert/",
            {"title": page_b.title, "action-publish": "1"},
        )
    assert reverted.status_code == 403
    assert len(refusals(caplog)) == 6
    assert all(users[role].username in message for message in refusals(caplog))
    page_a.refresh_from_db()
    assert HALLAND_DRAFT not in page_a.get_latest_revision_as_object().introduction


@pytest.mark.parametrize("role", ["editor", "admin"])
def test_the_pages_own_revisions_open(client, users, page_a, role):
    first, second = page_a.revisions.order_by("pk")[:2]
    client.force_login(users[role])
    assert (
        client.get(f"/admin/pages/{page_a.pk}/revisions/{first.pk}/view/").status_code
        == 200
    )
    compare = client.get(
        f"/admin/pages/{page_a.pk}/revisions/compare/{first.pk}...{second.pk}/"
    )
    assert compare.status_code == 200
    assert "sju" in compare.content.decode()


# Public versions and diffs --------------------------------------------------------


def publish(page, text):
    draft = page.get_latest_revision_as_object()
    draft.introduction = f"<p>{text}</p>"
    draft.change_type, draft.change_summary = ChangeType.EDITORIAL, "Ny text."
    draft.save_revision().publish()


@pytest.mark.parametrize("role", ["anonymous", "admin"])
def test_public_versions_never_show_another_pages_revision(
    client, users, ledningsrad, page_b, role
):
    """Version numbers that exist for B only are 404 under A, and a change-log row
    of A that points at B's revision (a damaged or forged row) is 404 too."""
    page_b, _draft = page_b
    publish(page_b, HALLAND_DRAFT)
    if role != "anonymous":
        client.force_login(users[role])
    assert client.get(f"{page_b.url}versions/2/").status_code == 200
    assert client.get(f"{ledningsrad.url}versions/2/").status_code == 404
    assert client.get(f"{ledningsrad.url}versions/1/diff/2/").status_code == 404

    entry = ChangeLogEntry.objects.filter(page=ledningsrad).first()
    entry.revision = page_b.live_revision
    entry.save()
    for url in (
        f"{ledningsrad.url}versions/{entry.version}/",
        f"{ledningsrad.url}versions/{entry.version}/diff/{entry.version}/",
    ):
        response = client.get(url)
        assert response.status_code == 404, url
        assert HALLAND_DRAFT not in response.content.decode()
