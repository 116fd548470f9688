"""Two editors save the same page at the same moment: one version is saved, the other
editor is told and keeps their input; neither overwrites the other silently."""

import threading

import pytest
from django.db import connection
from django.test import Client

from pages.concurrency import ConcurrentChange
from pages.forms import GovernancePageForm
from pages.models import BodyPage
from tests.faults.conftest import body_form_data, postgres_only


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


@pytest.mark.django_db
def test_a_save_checked_before_another_editors_save_is_refused_when_written(
    client, users, ledningsrad
):
    page = BodyPage.objects.get(pk=ledningsrad.pk)
    # The second editor's form is checked while the page is unchanged …
    form_class = page.get_edit_handler().get_form_class()
    data = body_form_data(page, action=None, introduction_html="<p>Andra.</p>")
    form = form_class(data, instance=page, for_user=users["preparer"])
    assert form.is_valid(), form.errors
    # … then the first editor's save is written …
    client.force_login(users["editor"])
    first = body_form_data(page, action=None, introduction_html="<p>Första.</p>")
    assert client.post(edit_url(page), first).status_code == 302
    # … and the second editor's write is refused, not stacked on top of it.
    with pytest.raises(ConcurrentChange):
        form.save(commit=False).save_revision(user=users["preparer"])
    latest = BodyPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert "Första" in latest.introduction
    assert isinstance(form, GovernancePageForm)


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_two_editors_saving_at_once_one_wins_the_other_is_told(users, ledningsrad):
    page = BodyPage.objects.get(pk=ledningsrad.pk)
    revisions_before = page.revisions.count()
    texts = {"redaktor": "Text by the editor.", "beredare": "Text by the preparer."}
    barrier = threading.Barrier(2)
    responses = {}

    def save(user):
        try:
            client = Client(headers={"accept-language": "sv"})
            client.force_login(user)
            data = body_form_data(
                page, action=None, introduction_html=f"<p>{texts[user.username]}</p>"
            )
            barrier.wait(timeout=10)
            response = client.post(edit_url(page), data)
            responses[user.username] = (response.status_code, response.content)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=save, args=(users[name],))
        for name in ("editor", "preparer")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    statuses = sorted(status for status, _content in responses.values())
    assert statuses == [200, 302], responses.keys()
    winner = next(name for name, (status, _c) in responses.items() if status == 302)
    loser = next(name for name in texts if name != winner)
    latest = BodyPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert texts[winner] in latest.introduction
    assert page.revisions.count() == revisions_before + 1
    # The loser is told, in Swedish, and finds their own text still in the form.
    answer = responses[loser][1].decode()
    assert "Någon annan" in answer and "sparade" in answer
    assert texts[loser] in answer
