"""Hostile text in the admin and in e-mails: a change with payloads in its title,
blocks, summary, review comments and decision reference travels through the
approval workflow; every admin view and every HTML e-mail shows it as text."""

import datetime
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, streamfield

from pages.models import BodyPage, ChangeLogEntry
from pages.roles import APPROVERS, EDITORS, PREPARERS, set_up_organisation
from tests.factories import BodyPageFactory, RoutinePageFactory
from tests.properties.strategies import base_data, contentstate
from tests.security.test_xss_public import hostile_content
from tests.security.xss import PAYLOADS, assert_escaped, injected_markup

TITLE = "<img src=x onerror=alert('xss-admin-title')> Råd"
SUMMARY = "</textarea><script>alert('xss-admin-summary')</script> ändrat"
COMMENT = "<svg onload=alert('xss-admin-comment')> berett"
REFERENCE = "\"'><script>alert('xss-admin-ref')</script> § 4"
ROUTINE = "<script>alert('xss-admin-routine')</script> Rutin"


def make_user(username, group=None, **extra):
    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@example.org",
        password="pw",
        first_name=PAYLOADS[1][1][:150],
        **extra,
    )
    if group is not None:
        user.groups.add(group)
    return user


@pytest.fixture
def users(organisation):
    groups, _workflow = set_up_organisation(organisation)
    return {
        "editor": make_user("redaktor", groups[EDITORS]),
        "preparer": make_user("beredare", groups[PREPARERS]),
        "approver": make_user("beslutsfattare", groups[APPROVERS]),
        "admin": make_user("admin", is_superuser=True, is_staff=True),
    }


@pytest.fixture
def body(specification, users):
    return BodyPageFactory(parent=specification, title=TITLE, slug="organ")


def act(client, user, page, action, **data):
    client.force_login(user)
    state = WorkflowState.objects.for_instance(page).get(
        status=WorkflowState.STATUS_IN_PROGRESS
    )
    return client.post(
        f"/admin/pages/workflow/action/{page.pk}/{action}/"
        f"{state.current_task_state.pk}/",
        data,
        headers={"x-requested-with": "XMLHttpRequest"},
    )


def html_parts(messages):
    return [
        content
        for message in messages
        for content, mimetype in getattr(message, "alternatives", [])
        if mimetype == "text/html"
    ]


@pytest.fixture
def approved(client, users, body):
    """The editor submits a hostile change; the preparer approves with a hostile
    comment; the approver decides with a hostile reference. Returns the e-mails."""
    page = BodyPage.objects.get(pk=body.pk)
    form_class = page.get_edit_handler().get_form_class()
    data = base_data(page, form_class)
    data.update(
        {
            **nested_form_data({"content": streamfield([])}),
            "introduction": contentstate(PAYLOADS[0][1]),
            "change_type": "substantive",
            "change_summary": SUMMARY,
            "action-submit": "1",
            "loaded_revision_id": page.latest_revision_id,
            "loaded_revision_created_at": page.latest_revision.created_at.isoformat(),
        }
    )
    client.force_login(users["editor"])
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302
    messages = list(mail.outbox)
    response = act(client, users["preparer"], page, "approve", comment=COMMENT)
    assert response.json()["step"] == "success"
    messages += mail.outbox[len(messages) :]
    response = act(
        client,
        users["approver"],
        page,
        "approve",
        comment=COMMENT,
        decision_reference=REFERENCE,
        deciding_body=page.pk,
    )
    assert response.json()["step"] == "success"
    entry = ChangeLogEntry.objects.for_page(page).get(version=2)
    assert entry.decision_reference == REFERENCE
    assert entry.summary == SUMMARY
    return list(mail.outbox)


def test_rich_text_editor_drops_script_links_and_keeps_text(approved, body):
    """Wagtail's whitelist: the script typed into the introduction is text, the
    javascript: link the editor's JSON carried has no address."""
    page = BodyPage.objects.get(pk=body.pk)
    assert "&lt;script&gt;" in page.introduction
    assert "javascript:" not in page.introduction
    assert injected_markup(page.introduction) == []


def test_workflow_emails(approved):
    assert approved
    for message in approved:
        assert "xss-admin-title" in message.body or TITLE in message.subject
    for html in html_parts(approved):
        assert_escaped(html)


def test_admin_views(client, users, approved, body):
    client.force_login(users["admin"])
    page = Page.objects.get(pk=body.pk)
    revisions = list(page.revisions.order_by("pk").values_list("pk", flat=True))
    for url in [
        f"/admin/pages/{page.pk}/edit/",
        f"/admin/pages/{page.pk}/history/",
        f"/admin/pages/{page.pk}/workflow_history/",
        f"/admin/pages/{page.pk}/revisions/compare/{revisions[0]}...{revisions[-1]}/",
        f"/admin/pages/{page.get_parent().pk}/",
        "/admin/",
        f"/admin/pages/{page.pk}/revisions/{revisions[-1]}/view/",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert injected_markup(response.content.decode()) == [], url


def test_edit_view_of_every_hostile_block(client, users, specification):
    page = BodyPageFactory(parent=specification, title=TITLE, slug="block-organ")
    page = BodyPage.objects.get(pk=page.pk)
    page.content = hostile_content(page.content.stream_block)
    page.save_revision()
    client.force_login(users["admin"])
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert_escaped(response.content)


def test_review_reminders_panel_and_email(client, users, organisation):
    RoutinePageFactory(
        parent=organisation,
        title=ROUTINE,
        slug="rutin",
        next_review=datetime.date.today() - datetime.timedelta(days=3),
    )
    client.force_login(users["editor"])
    response = client.get("/admin/")
    assert response.status_code == 200
    assert_escaped(response.content, shown=[ROUTINE])
    mail.outbox.clear()
    call_command("send_review_reminders", stdout=StringIO())
    assert mail.outbox
    assert ROUTINE in mail.outbox[0].body
    for html in html_parts(mail.outbox):
        assert_escaped(html, shown=[ROUTINE])
