"""No page breaks its Content-Security-Policy in a real browser.

Chromium reports every blocked inline script, style attribute, image or frame as a
`securitypolicyviolation` event and a console error. The public page types of the
demo (the same addresses the accessibility checks open) are read, the search box's
suggestions are used, and an administrator signs in and opens the page editor with
its preview: none may report a violation.
"""

import re
import threading

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from pytest_django.live_server_helper import LiveServer

from pages.models import BodyPage
from tests.browser.test_accessibility import PUBLIC_PAGES, _publish_second_version

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

SLOW = 30_000  # ms: the admin on a busy two-core machine
PASSWORD = "csp-test-lösenord"  # noqa: S105 - a test user's password
# Runs before any page script, in every frame: records what the browser blocked.
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', event => {
    window.cspViolations.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`
        + ` at ${event.sourceFile || event.documentURI}:${event.lineNumber}`
    );
});
"""


@pytest.fixture(scope="module")
def site_url(django_db_setup, django_db_blocker):
    """The demo site and an administrator, committed and served one request at a
    time (the editor's own requests would otherwise meet on SQLite's single
    in-memory connection); the database is put back afterwards."""
    with django_db_blocker.unblock():
        before = connection.creation.serialize_db_to_string()
        call_command("load_demo", "--no-users", verbosity=0)
        _publish_second_version()
        get_user_model().objects.create_superuser(
            "csp-admin", "csp-admin@example.org", PASSWORD
        )
        server = LiveServer("localhost")
        httpd = server.thread.httpd
        app, lock = httpd.get_app(), threading.Lock()

        def one_at_a_time(environ, start_response):
            with lock:
                result = app(environ, start_response)
                try:
                    return [b"".join(result)]
                finally:
                    if hasattr(result, "close"):
                        result.close()

        httpd.set_app(one_at_a_time)
        try:
            yield server.url
        finally:
            server.stop()
            call_command(
                "flush",
                interactive=False,
                inhibit_post_migrate=True,
                reset_sequences=False,
                verbosity=0,
            )
            connection.creation.deserialize_db_from_string(before)
            cache.clear()


@pytest.fixture
def tab(browser):
    """A tab that records policy violations, from events and from the console."""
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="sv-SE"
    )
    context.set_default_timeout(SLOW)
    context.add_init_script(RECORD_VIOLATIONS)
    opened = context.new_page()
    opened.console_errors = []
    opened.on(
        "console",
        lambda message: (
            opened.console_errors.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    yield opened
    context.close()


def violations(tab):
    reported = []
    for frame in tab.frames:
        reported += frame.evaluate("() => window.cspViolations || []")
    return reported + tab.console_errors


@pytest.fixture(params=PUBLIC_PAGES, ids=lambda public_page: public_page.name)
def public_page(request):
    return request.param


def test_public_pages_keep_their_policy(site_url, tab, public_page):
    response = tab.goto(site_url + public_page.path)
    assert response.status == public_page.status
    assert "script-src 'self';" in response.headers["content-security-policy"] + ";"
    tab.wait_for_load_state("load")
    assert not violations(tab), public_page.path


def test_search_suggestions_keep_the_policy(site_url, tab):
    tab.goto(site_url + "/vastra-gotaland/")
    tab.get_by_role("combobox").first.fill("Led")
    tab.get_by_role("listbox").first.get_by_role("option").first.wait_for()
    assert not violations(tab)


def test_the_admin_sign_in_page_editor_and_preview_keep_their_policy(site_url, tab):
    tab.goto(site_url + "/admin/login/")
    assert not violations(tab), "sign-in page"
    tab.get_by_role("textbox", name=re.compile("Användarnamn|Username")).fill(
        "csp-admin"
    )
    tab.get_by_label(re.compile("Lösenord|Password")).fill(PASSWORD)
    tab.get_by_role("button", name=re.compile("Logga in|Sign in")).click()
    tab.wait_for_url(re.compile("/admin/$"))

    body = BodyPage.objects.get(slug="ledningsrad", locale__language_code="sv")
    tab.goto(f"{site_url}/admin/pages/{body.pk}/edit/")
    tab.get_by_role("heading", level=1).first.wait_for()
    tab.locator('[data-side-panel-toggle="preview"]').click()
    tab.frame_locator("#w-preview-iframe").locator("main").first.wait_for()
    tab.wait_for_timeout(1000)  # the editor's own requests after it loads
    assert not violations(tab)
