"""Two approvers decide the same change at the same moment: one decision counts, the
other approver is told, and the page is published once with one change-log entry."""

import threading

import pytest
from django.db import connection
from wagtail.models import TaskState

from pages.concurrency import ConcurrentChange
from pages.models import BodyPage, ChangeLogEntry
from tests.faults.conftest import (
    EDITORIAL,
    SUBSTANTIVE,
    act,
    approve_preparation,
    current_task_state,
    postgres_only,
    submit,
)


def published_once(page, revision_id):
    live = BodyPage.objects.get(pk=page.pk)
    entries = ChangeLogEntry.objects.for_page(live)
    assert live.live_revision_id == revision_id
    assert entries.count() == 2  # the first publication and this one
    assert entries.filter(revision_id=revision_id).count() == 1
    return live


@pytest.mark.django_db
def test_a_decision_read_before_another_approver_decided_is_refused(
    client, users, second_preparer, ledningsrad
):
    submit(client, users["editor"], ledningsrad, **EDITORIAL)
    state = current_task_state(ledningsrad)
    # The second preparer's request read the task while it was still open …
    stale = TaskState.objects.get(pk=state.pk).specific
    # … then the first preparer's approval was written.
    assert act(client, users["preparer"], ledningsrad, state, "approve").json()[
        "step"
    ] == ("success")
    with pytest.raises(ConcurrentChange):
        stale.task.specific.on_action(stale, second_preparer, "approve", comment="")
    published_once(ledningsrad, state.revision_id)
    decided = TaskState.objects.get(pk=state.pk)
    assert decided.finished_by == users["preparer"]


@pytest.mark.django_db
def test_the_second_approver_gets_a_message_not_an_error(
    client, users, second_preparer, ledningsrad
):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "sv"  # approvers with Swedish browsers
    submit(client, users["editor"], ledningsrad, **SUBSTANTIVE)
    preparation = current_task_state(ledningsrad)
    act(client, users["preparer"], ledningsrad, preparation, "approve")
    # The second preparer's screen still shows the preparation step.
    response = act(client, second_preparer, ledningsrad, preparation, "approve")
    assert response.status_code == 200
    assert response.json() == {
        "step": "success",
        "redirect": f"/admin/pages/{ledningsrad.pk}/edit/",
    }
    text = client.get(response.json()["redirect"]).content.decode()
    assert "En annan beslutsfattare har redan beslutat om ändringen" in text
    assert TaskState.objects.get(pk=preparation.pk).finished_by == users["preparer"]


@pytest.mark.django_db
def test_a_second_decision_does_not_replace_the_recorded_reference(
    client, users, second_approver, ledningsrad
):
    submit(client, users["editor"], ledningsrad, **SUBSTANTIVE)
    approve_preparation(client, users, ledningsrad)
    decision = current_task_state(ledningsrad)
    stale = TaskState.objects.get(pk=decision.pk).specific
    act(
        client,
        users["approver"],
        ledningsrad,
        decision,
        "approve",
        decision_reference="Ledningsrådet 2026-03-12 § 4",
        deciding_body=ledningsrad.pk,
    )
    with pytest.raises(ConcurrentChange):
        stale.task.specific.on_action(
            stale,
            second_approver,
            "approve",
            decision_reference="Ledningsrådet 2026-04-01 § 9",
            deciding_body=ledningsrad.pk,
        )
    published_once(ledningsrad, decision.revision_id)
    entry = ChangeLogEntry.objects.for_page(ledningsrad).get(
        revision_id=decision.revision_id
    )
    assert entry.decision_reference == "Ledningsrådet 2026-03-12 § 4"
    assert entry.approved_by == users["approver"]


def decide_at_once(task_state_id, deciders, **data):
    """Each decider approves in its own thread, on its own database connection, after
    all have read the open task. Returns {username: "won" | "refused" | error}."""
    barrier = threading.Barrier(len(deciders))
    outcome = {}

    def decide(user):
        try:
            state = TaskState.objects.get(pk=task_state_id).specific
            task = state.task.specific
            barrier.wait(timeout=10)
            task.on_action(state, user, "approve", **data)
            outcome[user.username] = "won"
        except ConcurrentChange:
            outcome[user.username] = "refused"
        except Exception as error:  # noqa: BLE001 - reported by the assertion
            outcome[user.username] = repr(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=decide, args=(user,)) for user in deciders]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcome


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_two_preparers_approving_at_once_publish_once(
    client, users, second_preparer, ledningsrad
):
    submit(client, users["editor"], ledningsrad, **EDITORIAL)
    state = current_task_state(ledningsrad)
    outcome = decide_at_once(state.pk, [users["preparer"], second_preparer], comment="")
    assert sorted(outcome.values()) == ["refused", "won"], outcome
    published_once(ledningsrad, state.revision_id)
    winner = next(name for name, result in outcome.items() if result == "won")
    assert TaskState.objects.get(pk=state.pk).finished_by.username == winner


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_two_approvers_deciding_at_once_record_one_decision(
    client, users, second_approver, ledningsrad
):
    submit(client, users["editor"], ledningsrad, **SUBSTANTIVE)
    approve_preparation(client, users, ledningsrad)
    decision = current_task_state(ledningsrad)
    outcome = decide_at_once(
        decision.pk,
        [users["approver"], second_approver],
        decision_reference="Ledningsrådet 2026-03-12 § 4",
        deciding_body=ledningsrad.pk,
    )
    assert sorted(outcome.values()) == ["refused", "won"], outcome
    live = published_once(ledningsrad, decision.revision_id)
    winner = next(name for name, result in outcome.items() if result == "won")
    entry = ChangeLogEntry.objects.for_page(live).get(revision_id=decision.revision_id)
    assert entry.approved_by.username == winner
