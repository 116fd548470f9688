"""Every public page type in a real browser: axe-core's WCAG 2.1 A and AA rules, the
skip link, visible focus, the keyboard alone, a 320 px screen and 200 % zoom.

The pages are the demo site's (`load_demo`, built once for the module and served by
one live server), so the checks see real content in every block type. A new public
page type is covered by adding its address to PUBLIC_PAGES. Screenshots of each page
at 375 px and 1280 px are saved under test-artefacts/screenshots/ for review.
"""

from dataclasses import dataclass

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from pytest_django.live_server_helper import LiveServer

from pages.models import BodyPage, ChangeType

# Each test runs in a transaction of its own, rolled back; the demo is committed
# before (see demo_url).
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
LEDNINGSRAD = "/vastra-gotaland/samarbete-och-styrning/ledningsrad/"


@dataclass(frozen=True)
class PublicPage:
    #: Names the test and the screenshots.
    name: str
    path: str
    status: int = 200


PUBLIC_PAGES = [
    PublicPage("home", "/"),
    PublicPage("organisation", "/vastra-gotaland/"),
    PublicPage("specification", "/vastra-gotaland/samarbete-och-styrning/"),
    PublicPage("body", LEDNINGSRAD),
    PublicPage("routine", "/halland/samverkansstruktur-infor-gnhh/"),
    PublicPage(
        "guidance", "/vastra-gotaland/stodmaterial-organisering-av-hjalpmedelsfragor/"
    ),
    PublicPage("glossary", "/vastra-gotaland/begrepp/"),
    PublicPage("search-results", "/sok/?q=ledningsr%C3%A5d"),
    PublicPage("search-empty", "/sok/"),
    PublicPage("search-no-hits", "/sok/?q=xyzzy"),
    PublicPage("change-log", "/vastra-gotaland/versions/"),
    PublicPage("version", LEDNINGSRAD + "versions/1/"),
    PublicPage("version-diff", LEDNINGSRAD + "versions/1/diff/2/"),
    PublicPage(
        "english",
        "/en/vastra-gotaland/collaboration-and-governance/leadership-council/",
    ),
    PublicPage("org-chart", "/vastra-gotaland/organisationsschema/"),
    PublicPage("who-decides-what", "/vastra-gotaland/vem-beslutar/"),
    PublicPage("who-decides-what-sorted", "/vastra-gotaland/vem-beslutar/?sort=-money"),
    PublicPage("print-view", "/vastra-gotaland/samarbete-och-styrning/utskrift/"),
    PublicPage("member-organisations", "/vastra-gotaland/representation/"),
    PublicPage(
        "where-we-are-represented",
        "/vastra-gotaland/representation/vastra-gotalandsregionen/",
    ),
    PublicPage("not-found", "/finns-inte/", status=404),
    PublicPage("accessibility-statement", "/tillganglighetsredogorelse/"),
]

# Elements a keyboard user must be able to reach with Tab.
FOCUSABLE = (
    "a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), "
    "select:not([disabled]), textarea:not([disabled]), summary, "
    "[tabindex]:not([tabindex='-1'])"
)


def _publish_second_version():
    """The Leadership Council gets a second published version, for the diff page."""
    page = BodyPage.objects.get(slug="ledningsrad", locale__language_code="sv")
    page.introduction += "<p>Rådet följer upp samarbetsavtalet varje år.</p>"
    page.change_type = ChangeType.EDITORIAL
    page.change_summary = "Uppföljningen av avtalet beskriven."
    page.save_revision().publish()


@pytest.fixture(scope="module")
def demo_url(django_db_setup, django_db_blocker):
    """The demo site, served by a live server.

    It is committed, since on PostgreSQL the server reads through its own connection,
    and afterwards the database is put back as it was (flushed and reloaded, as
    Django's serialized rollback does), so the tests around these see no trace."""
    with django_db_blocker.unblock():
        before = connection.creation.serialize_db_to_string()
        call_command("load_demo", "--no-users", verbosity=0)
        _publish_second_version()
        server = LiveServer("localhost")
        try:
            yield server.url
        finally:
            server.stop()
            # As TransactionTestCase does: sequences keep counting past the rows
            # put back, so new rows get fresh ids.
            call_command(
                "flush",
                interactive=False,
                inhibit_post_migrate=True,
                reset_sequences=False,
                verbosity=0,
            )
            connection.creation.deserialize_db_from_string(before)
            cache.clear()  # Wagtail caches the site's root paths


@pytest.fixture
def open_page(browser, demo_url):
    """Opens a public page in a fresh browser context of the given size."""
    contexts = []

    def open_(public_page, width=1280, height=900, scale=1):
        context = browser.new_context(
            viewport={"width": width, "height": height},
            device_scale_factor=scale,
            locale="sv-SE",
            # axe-core is injected as an inline script, which the site's CSP refuses
            # (tests/browser/test_csp.py checks the policy itself).
            bypass_csp=True,
        )
        contexts.append(context)
        tab = context.new_page()
        response = tab.goto(demo_url + public_page.path)
        assert response.status == public_page.status, public_page.path
        return tab

    yield open_
    for context in contexts:
        context.close()


def axe_violations(tab, axe_script):
    tab.add_script_tag(content=axe_script)
    return tab.evaluate(
        """tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})
            .then(results => results.violations.map(violation => ({
                id: violation.id,
                impact: violation.impact,
                help: violation.help,
                targets: violation.nodes.map(node => node.target.join(' ')),
            })))""",
        WCAG_TAGS,
    )


def describe(violations):
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']}\n    " + "\n    ".join(v["targets"])
        for v in violations
    )


@pytest.fixture(params=PUBLIC_PAGES, ids=lambda public_page: public_page.name)
def public_page(request):
    return request.param


@pytest.mark.parametrize(("device", "width"), [("phone", 375), ("desktop", 1280)])
def test_axe_finds_no_wcag_21_aa_violations(
    open_page, axe_script, screenshot, public_page, device, width
):
    tab = open_page(public_page, width=width)
    screenshot(tab, f"{public_page.name}-{device}-{width}px")
    violations = axe_violations(tab, axe_script)
    assert not violations, f"{public_page.path}:\n{describe(violations)}"


#: The focused element: whether something shows it has focus (an outline, a shadow,
#: or a background other than its own when not focused) and whether it is in view.
TAB_STOP = """() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
        && style.outlineColor !== 'rgba(0, 0, 0, 0)';
    const background = element.dataset.a11yBackground !== undefined
        && style.backgroundColor !== element.dataset.a11yBackground;
    const rect = element.getBoundingClientRect();
    return {
        key: element.dataset.a11yKey || '',
        html: element.outerHTML.slice(0, 120),
        indicator: outline || style.boxShadow !== 'none' || background,
        inView: rect.bottom > 0 && rect.top < innerHeight && rect.width > 0,
    };
}"""
#: The visible elements a keyboard user must be able to reach, marked with a key.
CONTROLS = """selector => [...document.querySelectorAll(selector)]
    .filter(element => element.checkVisibility()
        || element.classList.contains('skip-link'))
    .map((element, index) => {
        element.dataset.a11yKey = String(index);
        element.dataset.a11yBackground = getComputedStyle(element).backgroundColor;
        return {key: String(index), html: element.outerHTML.slice(0, 120),
                inHeader: !!element.closest('header.site-header')};
    })"""


def test_the_keyboard_alone_reaches_every_control_with_visible_focus(
    open_page, public_page
):
    tab = open_page(public_page)
    controls = tab.evaluate(CONTROLS, FOCUSABLE)
    stops = []
    for _press in range(len(controls) + 20):
        tab.keyboard.press("Tab")
        stop = tab.evaluate(TAB_STOP)
        if stop["html"].startswith("<body"):
            break
        stops.append(stop)

    assert 'class="skip-link"' in stops[0]["html"], "The skip link is not first"
    reached = {stop["key"] for stop in stops}
    missed = [item["html"] for item in controls if item["key"] not in reached]
    assert not missed, "Not reachable with Tab:\n" + "\n".join(missed)
    no_indicator = [stop["html"] for stop in stops if not stop["indicator"]]
    assert not no_indicator, "No visible focus:\n" + "\n".join(no_indicator)
    hidden = [stop["html"] for stop in stops if not stop["inView"]]
    assert not hidden, "Focused but out of view:\n" + "\n".join(hidden)
    # What a keyboard user heads for: the header's controls and a search field.
    assert any(item["inHeader"] for item in controls), "The header has no controls"
    assert any('type="search"' in stop["html"] for stop in stops), "No search field"


def test_the_skip_link_moves_focus_to_main(open_page, public_page):
    tab = open_page(public_page)
    tab.keyboard.press("Tab")
    skip_link = tab.locator("a.skip-link")
    assert tab.evaluate("() => document.activeElement.className") == "skip-link"
    assert skip_link.get_attribute("href") == "#main"
    box = skip_link.bounding_box()
    assert box["y"] >= 0
    assert box["width"] > 0
    tab.keyboard.press("Enter")
    assert tab.evaluate("() => document.activeElement.id") == "main"


LAYOUT_PROBLEMS = """() => {
    const problems = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) {
        problems.push(`scrolls sideways: ${document.documentElement.scrollWidth}px`
            + ` in ${width}px`);
    }
    const scrolls = element => {
        for (let node = element; node; node = node.parentElement) {
            if (['auto', 'scroll'].includes(getComputedStyle(node).overflowX)
                && node !== document.documentElement && node !== document.body) {
                return true;
            }
        }
        return false;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const fragments = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!node.textContent.trim() || !parent.checkVisibility()) continue;
        if (parent.closest('.visually-hidden, .skip-link')) continue;
        const size = parseFloat(getComputedStyle(parent).fontSize);
        if (size < 12) problems.push(`${size}px text: ${node.textContent.trim()}`);
        const range = document.createRange();
        range.selectNodeContents(node);
        const inScroller = scrolls(parent);
        for (const rect of range.getClientRects()) {
            if (rect.width < 1 || rect.height < 1) continue;
            if (!inScroller && (rect.left < -1 || rect.right > width + 1)) {
                problems.push(`text outside the screen: ${node.textContent.trim()}`);
            }
            fragments.push({rect, node});
        }
    }
    fragments.sort((a, b) => a.rect.top - b.rect.top);
    for (let i = 0; i < fragments.length; i++) {
        const a = fragments[i];
        for (let j = i + 1; j < fragments.length; j++) {
            const b = fragments[j];
            if (b.rect.top >= a.rect.bottom - 2) break;
            if (a.node === b.node) continue;
            const overlapX = Math.min(a.rect.right, b.rect.right)
                - Math.max(a.rect.left, b.rect.left);
            const overlapY = Math.min(a.rect.bottom, b.rect.bottom)
                - Math.max(a.rect.top, b.rect.top);
            if (overlapX > 2 && overlapY > 2) {
                problems.push(`text overlaps: "${a.node.textContent.trim()}"`
                    + ` / "${b.node.textContent.trim()}"`);
            }
        }
    }
    return problems;
}"""


@pytest.mark.parametrize(
    ("viewport", "scale"),
    [({"width": 320, "height": 640}, 1), ({"width": 640, "height": 450}, 2)],
    ids=["320px", "zoom-200"],
)
def test_the_page_reflows_on_a_narrow_screen_and_at_double_zoom(
    open_page, public_page, viewport, scale
):
    """320 CSS px is WCAG's reflow width; 200 % zoom of a 1280 px window leaves the
    page 640 CSS px (drawn at twice the pixels)."""
    tab = open_page(public_page, scale=scale, **viewport)
    problems = tab.evaluate(LAYOUT_PROBLEMS)
    assert not problems, f"{public_page.path}:\n" + "\n".join(problems)


def test_a_reader_searches_and_opens_a_result_with_the_keyboard(open_page):
    tab = open_page(PUBLIC_PAGES[0])
    for _press in range(30):
        tab.keyboard.press("Tab")
        if tab.evaluate("() => document.activeElement.id") == "site-search":
            break
    tab.keyboard.type("Ledningsråd")
    tab.keyboard.press("Enter")
    tab.wait_for_url("**/sok/?q=*")
    result = tab.locator(".search-result__title a").first
    title = result.inner_text()
    for _press in range(30):
        tab.keyboard.press("Tab")
        if tab.evaluate("() => document.activeElement.closest('.search-result')"):
            break
    assert tab.evaluate("() => document.activeElement.innerText") == title
    tab.keyboard.press("Enter")
    tab.wait_for_load_state()
    assert tab.get_by_role("heading", level=1).inner_text() == title
