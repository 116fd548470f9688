"""Real-browser tests: Playwright driving Chromium against Django's live server.

The browser is Debian's Chromium (/usr/bin/chromium) or the one CHROMIUM_PATH names;
without either, Playwright's own Chromium (`make browser` installs it). A missing
browser fails the run: it is never skipped.
"""

import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright
from wagtail.models import Locale, Page, Site

from tests.browser.axe_core import AXE_FILE, AXE_VERSION
from tests.factories import make_site_home

# Playwright's sync API runs an event loop in this thread; Django's ORM calls made by
# the test itself (building pages) are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ARTEFACTS = Path(__file__).resolve().parents[2] / "test-artefacts" / "screenshots"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path():
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        return configured
    return shutil.which("chromium") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
    )


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        executable = chromium_path()
        launched = playwright.chromium.launch(
            executable_path=executable, args=CHROMIUM_FLAGS, headless=True
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="sv-SE"
    )
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture(scope="session")
def axe_script():
    """axe-core's source, fetched by `make browser`. Missing, it fails the run."""
    if not AXE_FILE.exists():
        pytest.fail(
            f"axe-core is missing ({AXE_FILE}). Run `make browser`, which fetches "
            f"axe-core {AXE_VERSION} from the npm registry and checks its integrity "
            "(or `python tests/browser/axe_core.py`).",
            pytrace=False,
        )
    return AXE_FILE.read_text(encoding="utf-8")


@pytest.fixture
def screenshot():
    ARTEFACTS.mkdir(parents=True, exist_ok=True)

    def take(tab, name):
        tab.screenshot(path=str(ARTEFACTS / f"{name}.png"), full_page=True)

    return take


@pytest.fixture
def home(transactional_db):
    """The site's home page, in a database a transactional test has flushed: Wagtail's
    initial locale, root page and default site (made by its migrations) come back."""
    locale, _created = Locale.objects.get_or_create(language_code="sv")
    if not Page.get_first_root_node():
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if not Site.objects.filter(is_default_site=True).exists():
        Site.objects.create(
            hostname="localhost",
            root_page=Page.get_first_root_node(),
            is_default_site=True,
        )
    return make_site_home()
