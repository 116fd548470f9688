"""Nobody publishes without the right, by any route.

The organisation's editors, preparers and approvers have no right to publish: only
the workflow publishes, exactly the revision it approved. Each test is one route a
user might try instead: Wagtail's bulk actions, the API, scheduled publishing, copy,
revert, unpublish, move and delete. (The edit form's "Publish" posted by hand, the
workflow's own steps and translations are attacked in tests/workflow and
tests/i18n.)"""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, WorkflowState

from pages.models import BodyPage, ChangeLogEntry
from tests.factories import BodyPageFactory
from tests.workflow import conftest as workflow
from tests.workflow.conftest import body_form_data
from tests.workflow.test_flow import SUBSTANTIVE, act, current_task_state, submit

pytestmark = pytest.mark.django_db

# The workflow tests' organisations, roles and council: the user of each role, and a
# published body with its change log.
vg, halland, users = workflow.vg, workflow.halland, workflow.users
specification, ledningsrad = workflow.specification, workflow.ledningsrad

#: The organisation's own people, none of whom may publish.
NO_PUBLISH_RIGHT = ["editor", "preparer", "approver", "other_editor"]
#: ... and the administrator, who may: the route works, and is refused to the others.
ROLES = [*NO_PUBLISH_RIGHT, "admin"]
NEW_TEXT = "åtta gånger"


def live(page):
    return BodyPage.objects.get(pk=page.pk)


def public_text(client, page):
    client.logout()
    response = client.get(live(page).url)
    assert response.status_code == 200
    return response.content.decode()


def published_versions(page):
    return ChangeLogEntry.objects.for_page(page).count()


def with_draft(client, user, page, **changes):
    """The page with a saved (not submitted) draft by `user`."""
    client.force_login(user)
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        body_form_data(page, action=None, **changes),
    )
    assert response.status_code == 302
    return live(page)


def bulk(client, action, pages, **data):
    ids = "&".join(f"id={page.pk}" for page in pages)
    return client.post(
        f"/admin/bulk/wagtailcore/page/{action}/?{ids}&next=/admin/", data
    )


@pytest.fixture
def draft_body(client, users, ledningsrad):
    """The council with a substantive change saved by the editor, not submitted."""
    return with_draft(client, users["editor"], ledningsrad, **SUBSTANTIVE)


@pytest.fixture
def awaiting_decision(client, users, ledningsrad):
    """A substantive change that preparation approved, waiting for the decision."""
    submit(client, users["editor"], ledningsrad, **SUBSTANTIVE)
    act(client, users["preparer"], ledningsrad, "approve", comment="")
    client.logout()
    return live(ledningsrad)


# ---------- Bulk actions ----------


@pytest.mark.parametrize("role", ROLES)
def test_bulk_publish_of_a_draft_is_refused(client, users, draft_body, role):
    client.force_login(users[role])
    bulk(client, "publish", [draft_body], include_descendants="on")
    published = NEW_TEXT in public_text(client, draft_body)
    assert published == (role == "admin")
    assert published_versions(draft_body) == (2 if published else 1)


@pytest.mark.parametrize("role", ["approver", "preparer"])
def test_bulk_publish_cannot_skip_the_decision(client, users, awaiting_decision, role):
    """A substantive change approved in preparation still needs its decision; the
    bulk action is no shortcut, for the approvers least of all."""
    client.force_login(users[role])
    bulk(client, "publish", [awaiting_decision])
    assert NEW_TEXT not in public_text(client, awaiting_decision)
    assert current_task_state(awaiting_decision).task.name == "VG: Beslut"


@pytest.mark.parametrize("role", ROLES)
def test_bulk_unpublish_is_refused(client, users, ledningsrad, role):
    client.force_login(users[role])
    bulk(client, "unpublish", [ledningsrad], include_descendants="on")
    assert live(ledningsrad).live == (role != "admin")


@pytest.mark.parametrize("role", ROLES)
def test_bulk_delete_is_refused(client, users, ledningsrad, role):
    client.force_login(users[role])
    bulk(client, "delete", [ledningsrad])
    still_there = BodyPage.objects.filter(pk=ledningsrad.pk, live=True).exists()
    assert still_there == (role != "admin")


@pytest.mark.parametrize("role", ROLES)
def test_bulk_move_of_a_live_page_is_refused(
    client, users, specification, ledningsrad, role
):
    other_parent = BodyPageFactory(parent=specification, slug="annat-organ")
    client.force_login(users[role])
    bulk(client, "move", [ledningsrad], chooser=other_parent.pk)
    moved = live(ledningsrad).get_parent().pk == other_parent.pk
    assert moved == (role == "admin")


# ---------- The page's own admin actions ----------


@pytest.mark.parametrize("role", ROLES)
def test_unpublish_is_refused(client, users, ledningsrad, role):
    client.force_login(users[role])
    client.post(f"/admin/pages/{ledningsrad.pk}/unpublish/", {})
    assert live(ledningsrad).live == (role != "admin")


@pytest.mark.parametrize("role", ROLES)
def test_delete_is_refused(client, users, ledningsrad, role):
    client.force_login(users[role])
    client.post(f"/admin/pages/{ledningsrad.pk}/delete/", {})
    still_there = BodyPage.objects.filter(pk=ledningsrad.pk, live=True).exists()
    assert still_there == (role != "admin")


@pytest.mark.parametrize("role", ROLES)
def test_move_of_a_live_page_is_refused(
    client, users, specification, ledningsrad, role
):
    other_parent = BodyPageFactory(parent=specification, slug="annat-organ")
    client.force_login(users[role])
    client.post(f"/admin/pages/{ledningsrad.pk}/move/{other_parent.pk}/confirm/", {})
    moved = live(ledningsrad).get_parent().pk == other_parent.pk
    assert moved == (role == "admin")


@pytest.mark.parametrize("role", ROLES)
def test_copy_with_publish_copies_makes_no_live_page(
    client, users, vg, specification, ledningsrad, role
):
    client.force_login(users[role])
    client.post(
        f"/admin/pages/{ledningsrad.pk}/copy/",
        {
            "new_title": "Kopierat råd",
            "new_slug": "kopierat-rad",
            "new_parent_page": specification.pk,
            "copy_subpages": "on",
            "publish_copies": "on",
            "alias": "",
        },
    )
    copied_live = Page.objects.filter(slug="kopierat-rad", live=True).exists()
    assert copied_live == (role == "admin")


@pytest.mark.parametrize("role", ROLES)
def test_revert_to_an_old_revision_and_publish_is_refused(
    client, users, ledningsrad, role
):
    """'Revert to this revision' opens the edit form filled with the old revision;
    its "Publish" is refused like any other."""
    old_revision = live(ledningsrad).live_revision
    page = with_draft(client, users["editor"], ledningsrad, **SUBSTANTIVE)
    client.force_login(users[role])
    response = client.get(f"/admin/pages/{page.pk}/revisions/{old_revision.pk}/revert/")
    assert response.status_code in (200, 302)
    old = old_revision.as_object()
    data = body_form_data(
        page,
        action="action-publish",
        introduction_html=old.introduction,
        change_type="editorial",
        change_summary="Återställd.",
        revision=old_revision.pk,
    )
    client.post(f"/admin/pages/{page.pk}/edit/", data)
    reverted = published_versions(page) == 2
    assert reverted == (role == "admin")
    if not reverted:
        assert live(page).live_revision_id == old_revision.pk


# ---------- Scheduled publishing ----------


@pytest.mark.parametrize("role", ["editor", "approver"])
def test_publish_scheduled_does_not_publish_an_unapproved_draft(
    client, users, ledningsrad, role
):
    """A go-live time set on a draft by someone who may not publish is only a
    wish: `publish_scheduled` publishes revisions that were approved for it."""
    past = timezone.now() - datetime.timedelta(hours=1)
    page = with_draft(
        client,
        users[role],
        ledningsrad,
        go_live_at=past.strftime("%Y-%m-%d %H:%M"),
        **SUBSTANTIVE,
    )
    assert page.get_latest_revision().approved_go_live_at is None
    call_command("publish_scheduled")
    assert NEW_TEXT not in public_text(client, page)
    assert published_versions(page) == 1


def test_publish_scheduled_does_not_publish_a_change_awaiting_decision(
    client, users, ledningsrad
):
    past = timezone.now() - datetime.timedelta(hours=1)
    changes = dict(SUBSTANTIVE, go_live_at=past.strftime("%Y-%m-%d %H:%M"))
    submit(client, users["editor"], ledningsrad, **changes)
    act(client, users["preparer"], ledningsrad, "approve", comment="")
    call_command("publish_scheduled")
    assert NEW_TEXT not in public_text(client, ledningsrad)
    state = WorkflowState.objects.for_instance(ledningsrad).latest("created_at")
    assert state.status == WorkflowState.STATUS_IN_PROGRESS


# ---------- The API ----------


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("role", ["anonymous", "editor", "admin"])
def test_the_api_is_read_only(client, users, ledningsrad, method, role):
    if role != "anonymous":
        client.force_login(users[role])
    payload = {"title": "Kapat råd", "introduction": "<p>Kapat.</p>"}
    send = getattr(client, method)
    for address in ("/api/v2/pages/", f"/api/v2/pages/{ledningsrad.pk}/"):
        response = send(address, payload, content_type="application/json")
        assert response.status_code in (403, 405), (address, response.status_code)
    page = live(ledningsrad)
    assert page.title == "Ledningsråd"
    assert page.live
    assert not page.has_unpublished_changes
