"""A change travels from the editor through preparation and decision to the public."""

import pytest
from django.core import mail
from wagtail.models import TaskState, WorkflowState

from pages.models import BodyPage, ChangeLogEntry, DecisionTaskState
from tests.workflow.conftest import body_form_data

pytestmark = pytest.mark.django_db


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def submit(client, user, page, **changes):
    client.force_login(user)
    return client.post(edit_url(page), body_form_data(page, **changes))


def current_task_state(page):
    state = WorkflowState.objects.for_instance(page).get(
        status=WorkflowState.STATUS_IN_PROGRESS
    )
    return state.current_task_state


def act(client, user, page, action, **data):
    client.force_login(user)
    task_state = current_task_state(page)
    # As the admin's modal does: an XMLHttpRequest answered with JSON.
    return client.post(
        f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/",
        data,
        headers={"x-requested-with": "XMLHttpRequest"},
    )


def recipients():
    return sorted({address for message in mail.outbox for address in message.to})


def public_text(client, page):
    client.logout()
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


SUBSTANTIVE = {
    "change_type": "substantive",
    "change_summary": "Ledningsrådet sammanträder nu minst åtta gånger per år.",
    "introduction_html": "<p>Ledningsrådet sammanträder minst åtta gånger per år.</p>",
}
EDITORIAL = {
    "change_type": "editorial",
    "change_summary": "Stavfel rättat.",
    "introduction_html": "<p>Ledningsrådet sammanträder minst sex gånger om året.</p>",
}


def test_a_substantive_change_needs_preparation_and_decision(
    client, users, ledningsrad
):
    response = submit(client, users["editor"], ledningsrad, **SUBSTANTIVE)
    assert response.status_code == 302
    assert recipients() == ["beredare@example.org"]
    assert "åtta" not in public_text(client, ledningsrad)

    mail.outbox.clear()
    response = act(client, users["preparer"], ledningsrad, "approve", comment="Berett.")
    assert response.json()["step"] == "success"
    assert isinstance(current_task_state(ledningsrad).specific, DecisionTaskState)
    assert recipients() == ["beslutsfattare@example.org"]
    assert SUBSTANTIVE["change_summary"] in mail.outbox[0].body
    assert "åtta" not in public_text(client, ledningsrad)

    decision_body = ledningsrad  # the body decides on its own working forms
    response = act(
        client,
        users["approver"],
        ledningsrad,
        "approve",
        decision_reference="Ledningsrådet 2026-03-12 § 4",
        deciding_body=decision_body.pk,
        comment="",
    )
    assert response.json()["step"] == "success"
    assert "åtta gånger" in public_text(client, ledningsrad)

    entry = ChangeLogEntry.objects.for_page(ledningsrad).get(version=2)
    assert entry.change_type == "substantive"
    assert entry.summary == SUBSTANTIVE["change_summary"]
    assert entry.decision_reference == "Ledningsrådet 2026-03-12 § 4"
    assert entry.deciding_body_name == "Ledningsråd"
    assert entry.approved_by == users["approver"]
    assert entry.revision == BodyPage.objects.get(pk=ledningsrad.pk).live_revision


def test_an_editorial_change_is_published_after_preparation(client, users, ledningsrad):
    submit(client, users["editor"], ledningsrad, **EDITORIAL)
    act(client, users["preparer"], ledningsrad, "approve", comment="")

    assert "om året" in public_text(client, ledningsrad)
    decision = DecisionTaskState.objects.get(
        workflow_state__object_id=str(ledningsrad.pk)
    )
    assert decision.status == TaskState.STATUS_SKIPPED
    entry = ChangeLogEntry.objects.for_page(ledningsrad).get(version=2)
    assert entry.change_type == "editorial"
    assert entry.approved_by == users["preparer"]
    assert entry.decision_reference == ""


def test_a_rejection_returns_the_change_to_the_editor(client, users, ledningsrad):
    submit(client, users["editor"], ledningsrad, **SUBSTANTIVE)
    mail.outbox.clear()
    act(
        client,
        users["preparer"],
        ledningsrad,
        "reject",
        comment="Ange beslutsunderlag.",
    )

    state = WorkflowState.objects.for_instance(ledningsrad).latest("created_at")
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert recipients() == ["redaktor@example.org"]
    assert "Ange beslutsunderlag." in mail.outbox[0].body
    assert "åtta" not in public_text(client, ledningsrad)
    assert ChangeLogEntry.objects.for_page(ledningsrad).count() == 1


@pytest.mark.parametrize(
    ("field", "changes"),
    [
        ("change_type", {"change_type": "", "change_summary": "Något ändrat."}),
        ("change_summary", {"change_type": "editorial", "change_summary": "  "}),
    ],
)
def test_submitting_requires_change_type_and_summary(
    client, users, ledningsrad, field, changes
):
    response = submit(client, users["editor"], ledningsrad, **changes)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not WorkflowState.objects.for_instance(ledningsrad).exists()


def test_saving_a_draft_needs_no_change_summary(client, users, ledningsrad):
    client.force_login(users["editor"])
    response = client.post(
        edit_url(ledningsrad), body_form_data(ledningsrad, action=None)
    )
    assert response.status_code == 302
    assert BodyPage.objects.get(pk=ledningsrad.pk).has_unpublished_changes


def test_an_editor_cannot_publish_directly(client, users, ledningsrad):
    client.force_login(users["editor"])
    client.post(
        edit_url(ledningsrad),
        body_form_data(ledningsrad, action="action-publish", **SUBSTANTIVE),
    )
    assert "åtta" not in public_text(client, ledningsrad)
    assert ChangeLogEntry.objects.for_page(ledningsrad).count() == 1


def test_another_organisations_approver_cannot_decide(client, users, ledningsrad):
    submit(client, users["editor"], ledningsrad, **SUBSTANTIVE)
    act(client, users["preparer"], ledningsrad, "approve", comment="")
    response = act(
        client,
        users["other_approver"],
        ledningsrad,
        "approve",
        decision_reference="Falskt § 1",
        deciding_body=ledningsrad.pk,
    )
    assert response.status_code == 403
    assert isinstance(current_task_state(ledningsrad).specific, DecisionTaskState)
    assert "åtta" not in public_text(client, ledningsrad)


def test_the_decision_needs_a_reference_and_a_body_of_the_organisation(
    client, users, ledningsrad, halland
):
    from tests.factories import BodyPageFactory, SpecificationPageFactory  # noqa: PLC0415

    other_spec = SpecificationPageFactory(parent=halland[0], slug="annan")
    other_body = BodyPageFactory(parent=other_spec, slug="annat-organ")
    submit(client, users["editor"], ledningsrad, **SUBSTANTIVE)
    act(client, users["preparer"], ledningsrad, "approve", comment="")
    for data in (
        {"decision_reference": "", "deciding_body": ledningsrad.pk},
        {"decision_reference": "Ledningsrådet § 4", "deciding_body": other_body.pk},
    ):
        response = act(client, users["approver"], ledningsrad, "approve", **data)
        assert response.json()["step"] != "success"  # the form comes back with errors
        assert "åtta" not in public_text(client, ledningsrad)


def test_the_editor_cannot_change_a_page_awaiting_decision(client, users, ledningsrad):
    submit(client, users["editor"], ledningsrad, **SUBSTANTIVE)
    act(client, users["preparer"], ledningsrad, "approve", comment="")
    page = BodyPage.objects.get(pk=ledningsrad.pk)
    latest_before = page.latest_revision_id
    client.force_login(users["editor"])
    later = dict(SUBSTANTIVE, introduction_html="<p>Minst tio gånger per år.</p>")
    client.post(edit_url(page), body_form_data(page, action=None, **later))
    assert BodyPage.objects.get(pk=page.pk).latest_revision_id == latest_before


def test_an_edit_after_approval_needs_approval_again(client, users, ledningsrad):
    submit(client, users["editor"], ledningsrad, **SUBSTANTIVE)
    act(client, users["preparer"], ledningsrad, "approve", comment="")
    # The approver changes the text before deciding: what preparation approved is
    # no longer what would be published.
    page = BodyPage.objects.get(pk=ledningsrad.pk)
    client.force_login(users["approver"])
    later = dict(SUBSTANTIVE, introduction_html="<p>Minst tio gånger per år.</p>")
    response = client.post(edit_url(page), body_form_data(page, action=None, **later))
    assert response.status_code == 302
    act(
        client,
        users["approver"],
        ledningsrad,
        "approve",
        decision_reference="Ledningsrådet 2026-03-12 § 4",
        deciding_body=ledningsrad.pk,
    )
    assert "tio gånger" not in public_text(client, ledningsrad)
    # The workflow went back to preparation for the newer revision.
    assert current_task_state(ledningsrad).task.name == "VG: Beredning"


def test_two_editors_never_overwrite_each_other_silently(client, users, ledningsrad):
    page = BodyPage.objects.get(pk=ledningsrad.pk)
    first = body_form_data(page, action=None, introduction_html="<p>Första.</p>")
    second = body_form_data(page, action=None, introduction_html="<p>Andra.</p>")
    client.force_login(users["editor"])
    assert client.post(edit_url(page), first).status_code == 302
    client.force_login(users["preparer"])
    response = client.post(edit_url(page), second)
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    latest = BodyPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert "Första" in latest.introduction
