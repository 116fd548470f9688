"""A change travels through the real Wagtail admin: the editor submits it, preparation
and decision approve it (or ask for changes), and only then do readers see it.

The organisation, its groups and workflow, the users and the published pages are made
through the ORM; every step under test is done in Chromium, as the users would."""

import re
import threading

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.signals import got_request_exception
from playwright.sync_api import expect
from wagtail.models import Collection, WorkflowState
from wagtail.users.models import UserProfile

from pages.models import ChangeLogEntry
from pages.roles import APPROVERS, EDITORS, PREPARERS, set_up_organisation
from tests.factories import (
    BodyPageFactory,
    OrganisationPageFactory,
    SpecificationPageFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SLOW = 30_000  # ms: admin pages on a busy two-core machine
OLD_TEXT = "Beredningsgruppen sammanträder minst sex gånger per år."
NEW_TEXT = "Beredningsgruppen sammanträder minst åtta gånger per år."
SUMMARY = "Beredningsgruppen sammanträder nu minst åtta gånger per år."
REFERENCE = "Ledningsrådet 2026-03-12 § 4"
# Wagtail translates the label of its approval comment field when it is imported, so
# it is in the site's language (sv) whatever the user's.
COMMENT = re.compile("^(Comment|Kommentar)$")
# Wagtail's editor notes the form's starting state two seconds after it loads and only
# then watches for edits (its unsaved-changes warning and autosave): flag that moment,
# so that the test, quicker than a person, edits only once the editor is watching.
WATCH_EDITS = (
    "document.addEventListener('w-unsaved:watch-edits',"
    " () => { window.watchingEdits = true; });"
)


def make_user(username, group):
    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@example.org",
        password="pw",
        first_name=username.capitalize(),
    )
    user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # stable English labels in the admin
    profile.save()
    return user


@pytest.fixture
def vg(home):
    if not Collection.get_first_root_node():  # flushed with the rest of the data
        Collection.add_root(name="Root")
    organisation = OrganisationPageFactory(
        parent=home, title="Hjälpmedel i Västra Götaland", short_name="VG", slug="vg"
    )
    groups, workflow = set_up_organisation(organisation)
    spec = SpecificationPageFactory(
        parent=organisation, title="Specifikation", slug="spec"
    )
    ledningsrad = BodyPageFactory(parent=spec, title="Ledningsråd", slug="ledning")
    group = BodyPageFactory(
        parent=spec,
        title="Beredningsgrupp",
        slug="beredning",
        introduction=f"<p>{OLD_TEXT}</p>",
    )
    users = {
        role: make_user(name, groups[role])
        for role, name in [
            (EDITORS, "redaktor"),
            (PREPARERS, "beredare"),
            (APPROVERS, "beslutsfattare"),
        ]
    }
    return {
        "workflow": workflow,
        "deciding_body": ledningsrad,
        "page": group,
        "users": users,
    }


@pytest.fixture
def server_lock(live_server, transactional_db):
    """One request at a time, and the test reads the database only between them.

    The live server's request threads and the test share one in-memory SQLite
    connection; the page editor fires requests of its own (editing-session pings,
    autosave), and two statements at once fail with 'database table is locked'. Tests
    hold the lock (`with server_lock:`) while they query the database."""
    lock = threading.RLock()
    httpd = live_server.thread.httpd
    app = httpd.get_app()

    def one_at_a_time(environ, start_response):
        with lock:
            result = app(environ, start_response)
            try:
                return [b"".join(result)]
            finally:
                if hasattr(result, "close"):
                    result.close()

    httpd.set_app(one_at_a_time)
    yield lock
    with lock:
        httpd.set_app(app)


@pytest.fixture
def admin_as(browser, live_server, server_lock):
    """admin_as(username) -> a tab of a new browser context, logged in at
    /admin/login/. Uncaught JavaScript errors and server errors fail the test; the
    contexts close before the database is flushed."""
    contexts, js_errors, server_errors = [], [], []

    def on_server_error(sender, request=None, **kwargs):
        server_errors.append(request.path if request else "?")

    got_request_exception.connect(on_server_error, weak=False)

    def log_in(username):
        context = browser.new_context(
            viewport={"width": 1280, "height": 900},
            locale="sv-SE",
            # The test's own watcher is evaluated from a string, which the admin's
            # CSP refuses ('unsafe-eval'); tests/browser/test_csp.py checks the policy.
            bypass_csp=True,
        )
        context.set_default_timeout(SLOW)
        context.add_init_script(WATCH_EDITS)
        contexts.append(context)
        tab = context.new_page()
        tab.on("pageerror", lambda error: js_errors.append(str(error)))
        tab.goto(live_server.url + "/admin/login/")
        # The login page speaks the site's language (Swedish) before anyone is known.
        tab.get_by_role("textbox", name=re.compile("Användarnamn|Username")).fill(
            username
        )
        tab.get_by_label(re.compile("Lösenord|Password")).fill("pw")
        tab.get_by_role("button", name=re.compile("Logga in|Sign in")).click()
        tab.wait_for_url(live_server.url + "/admin/")
        account = tab.get_by_role("main").get_by_role(
            "link", name="Account", exact=True
        )
        expect(account).to_be_visible(timeout=SLOW)
        return tab

    yield log_in
    for context in contexts:
        context.close()
    got_request_exception.disconnect(on_server_error)
    assert not server_errors, f"server errors on {server_errors}"
    assert not js_errors, f"JavaScript errors: {js_errors}"


def public_text(browser, live_server, page, part="main", shot=None):
    """The text of `part` of the page as an anonymous reader sees it ("" if the page
    has no such part); `shot(tab)` may take a screenshot of it."""
    context = browser.new_context(locale="sv-SE")
    context.set_default_timeout(SLOW)
    try:
        tab = context.new_page()
        response = tab.goto(live_server.url + page.url)
        assert response.status == 200
        if shot:
            shot(tab)
        found = tab.locator(part)
        return found.first.inner_text() if found.count() else ""
    finally:
        context.close()


def open_editor(tab, live_server, page):
    tab.goto(f"{live_server.url}/admin/pages/{page.pk}/edit/")
    expect(tab.get_by_role("heading", level=1)).to_contain_text(
        page.title, timeout=SLOW
    )
    tab.wait_for_function("window.watchingEdits === true", timeout=SLOW)


def footer_action(tab, name):
    """Click one of the editor footer's actions, behind its 'More actions' toggle."""
    footer = tab.get_by_role("navigation", name="Actions (footer)")
    footer.get_by_role("button", name="More actions").click()
    action = footer.get_by_role("button", name=name, exact=True)
    expect(action).to_be_visible(timeout=SLOW)
    action.click()


def expect_message(tab, text):
    expect(tab.get_by_role("status").filter(has_text=text)).to_be_visible(timeout=SLOW)


def edit_and_submit(tab, live_server, flow, screenshot, change_type, summary):
    """The editor rewrites the introduction in Draftail, says what the change is and
    submits it to the organisation's workflow."""
    open_editor(tab, live_server, flow["page"])
    introduction = tab.get_by_role("region", name="Introduction").get_by_role("textbox")
    expect(introduction).to_contain_text(OLD_TEXT, timeout=SLOW)
    introduction.click()
    tab.keyboard.press("ControlOrMeta+a")
    tab.keyboard.type(NEW_TEXT)
    expect(introduction).to_have_text(NEW_TEXT)
    tab.get_by_label("Change type").select_option(change_type)
    tab.get_by_label("What changed").fill(summary)
    # As a person would, submit after Wagtail's autosave has kept the draft: the
    # form must not take the editor's own autosaved revision for someone else's.
    expect(tab.get_by_text("Saved", exact=True)).to_be_visible(timeout=SLOW)
    tab.get_by_role("region", name="About this change").scroll_into_view_if_needed()
    screenshot(tab, f"approval-editor-{change_type}-change")
    footer_action(tab, f"Submit to {flow['workflow'].name}")


def submit_change(admin_as, live_server, flow, screenshot, change_type="substantive"):
    editor = admin_as("redaktor")
    summary = SUMMARY if change_type == "substantive" else "Antal möten förtydligat."
    edit_and_submit(editor, live_server, flow, screenshot, change_type, summary)
    expect_message(editor, "has been submitted for moderation")
    return editor


def test_a_change_without_a_summary_is_not_submitted(
    admin_as, live_server, server_lock, vg, screenshot
):
    editor = admin_as("redaktor")
    edit_and_submit(editor, live_server, vg, screenshot, "substantive", "")

    expect_message(editor, "could not be saved")
    error = editor.get_by_role("region", name="About this change").get_by_text(
        "Summarise what changed"
    )
    expect(error).to_be_visible(timeout=SLOW)
    screenshot(editor, "approval-editor-summary-missing")
    with server_lock:
        assert not WorkflowState.objects.for_instance(vg["page"]).exists()


def test_a_substantive_change_is_prepared_decided_and_published(
    admin_as, browser, live_server, server_lock, vg, screenshot
):
    # The editor submits: the change waits for approval, readers see the old text.
    editor = submit_change(admin_as, live_server, vg, screenshot)
    screenshot(editor, "approval-editor-submitted")
    with server_lock:
        state = WorkflowState.objects.for_instance(vg["page"]).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == vg["users"][EDITORS]
    text = public_text(browser, live_server, vg["page"])
    assert OLD_TEXT in text
    assert "åtta" not in text

    # Preparation: the preparer finds the page on the dashboard and approves it.
    preparer = admin_as("beredare")
    review = preparer.get_by_role("region", name="Awaiting your review")
    review.get_by_role("link", name=vg["page"].title).click()
    expect(preparer.get_by_role("heading", level=1)).to_contain_text(
        vg["page"].title, timeout=SLOW
    )
    footer_action(preparer, "Approve with comment")
    dialog = preparer.get_by_role("dialog")
    dialog.get_by_role("textbox", name=COMMENT).fill("Berett, klart för beslut.")
    screenshot(preparer, "approval-preparer-approves")
    dialog.get_by_role("button", name="Approve with comment").click()
    expect_message(preparer, "has been updated")
    assert "åtta" not in public_text(browser, live_server, vg["page"])

    # Decision: the approver records the decision reference and the deciding body.
    approver = admin_as("beslutsfattare")
    open_editor(approver, live_server, vg["page"])
    footer_action(approver, "Approve with decision")
    dialog = approver.get_by_role("dialog")
    expect(dialog.get_by_role("heading", name="Approve with decision")).to_be_visible(
        timeout=SLOW
    )
    dialog.get_by_label("Decision reference").fill(REFERENCE)
    dialog.get_by_label("Decided by").select_option(label="Ledningsråd")
    screenshot(approver, "approval-approver-decision-form")
    dialog.get_by_role("button", name="Approve with decision").click()
    expect(dialog).to_be_hidden(timeout=SLOW)
    expect_message(approver, "has been updated")
    screenshot(approver, "approval-approver-decided")

    text = public_text(browser, live_server, vg["page"])
    assert NEW_TEXT in text
    assert OLD_TEXT not in text
    with server_lock:
        entry = ChangeLogEntry.objects.for_page(vg["page"]).latest("version")
    assert entry.version == 2
    assert entry.change_type == "substantive"
    assert entry.summary == SUMMARY
    assert entry.decision_reference == REFERENCE
    assert entry.deciding_body_id == vg["deciding_body"].pk
    assert entry.approved_by == vg["users"][APPROVERS]
    # The public change-log section, where the page has one.
    change_log = public_text(
        browser,
        live_server,
        vg["page"],
        "section:has(#andringslogg)",
        shot=lambda tab: screenshot(tab, "approval-public-page-published"),
    )
    if change_log:
        assert SUMMARY in change_log
        assert REFERENCE in change_log


def test_an_editorial_change_is_published_after_preparation(
    admin_as, browser, live_server, server_lock, vg, screenshot
):
    submit_change(admin_as, live_server, vg, screenshot, change_type="editorial")

    preparer = admin_as("beredare")
    open_editor(preparer, live_server, vg["page"])
    footer_action(preparer, "Approve")
    expect_message(preparer, "has been updated")

    assert NEW_TEXT in public_text(browser, live_server, vg["page"])
    with server_lock:
        entry = ChangeLogEntry.objects.for_page(vg["page"]).latest("version")
    assert (entry.version, entry.change_type) == (2, "editorial")
    assert entry.approved_by == vg["users"][PREPARERS]
    assert entry.decision_reference == ""


def test_a_rejected_change_goes_back_to_the_editor(
    admin_as, browser, live_server, server_lock, vg, screenshot
):
    submit_change(admin_as, live_server, vg, screenshot)
    mail.outbox.clear()

    preparer = admin_as("beredare")
    open_editor(preparer, live_server, vg["page"])
    footer_action(preparer, "Request changes")
    dialog = preparer.get_by_role("dialog")
    dialog.get_by_role("textbox", name=COMMENT).fill("Ange beslutsunderlag.")
    screenshot(preparer, "approval-preparer-requests-changes")
    dialog.get_by_role("button", name="Request changes").click()
    expect_message(preparer, "has been updated")

    to_editor = [m for m in mail.outbox if m.to == ["redaktor@example.org"]]
    assert to_editor, [m.to for m in mail.outbox]
    assert "Ange beslutsunderlag." in to_editor[0].body
    with server_lock:
        state = WorkflowState.objects.for_instance(vg["page"]).get()
        assert ChangeLogEntry.objects.for_page(vg["page"]).count() == 1
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert OLD_TEXT in public_text(browser, live_server, vg["page"])
