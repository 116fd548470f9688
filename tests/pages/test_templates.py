"""Every public page type renders what readers rely on: 'last updated', breadcrumbs,
a skip link, a search form and a table of contents whose links land on sections.

Assertions look at structure and stable classes, not at UI wording, so they hold both
before and after the Swedish catalogue is compiled."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format

from pages.models import BodyLevel, BodyRole, SpecificationPage
from tests.factories import (
    BodyPageFactory,
    GlossaryPageFactory,
    GuidancePageFactory,
    RoutinePageFactory,
)

pytestmark = pytest.mark.django_db

SPECIFICATION_CONTENT = [
    ("section", {"heading": "Syfte", "body": "<p>Att skapa samsyn.</p>"}),
    (
        "section",
        {"heading": "Gemensamma värderingar", "body": "<p>Brukaren i fokus.</p>"},
    ),
]
BODY_CONTENT = [
    ("assignment", {"items": ["Främja samverkan mellan huvudmännen"]}),
    ("mandate", {"items": [{"decision": "Besluta om IT-stöd", "money_limit": 50000}]}),
    (
        "composition",
        {
            "rows": [
                {"party": "VGK", "group": "Ledamöter från kommunerna", "members": 6},
                {"party": "VGR", "group": "Ledamöter från VGR", "members": 6},
            ],
            "stated_total": 12,
        },
    ),
    ("working_forms", {"meetings_min": 6, "decision_rule": "Beslut fattas i enighet."}),
]
ROUTINE_CONTENT = [
    ("standard_section", {"kind": "background", "body": "<p>Tidigare struktur.</p>"}),
    ("standard_section", {"kind": "follow_up", "body": "<p>Minst en gång per år.</p>"}),
    (
        "legal_references",
        {
            "items": [
                {
                    "statute_id": "Lag (2017:612)",
                    "title": "om samverkan vid utskrivning",
                }
            ]
        },
    ),
]
GUIDANCE_CONTENT = [
    (
        "situation_table",
        {
            "rows": [
                {"situation": "Nytt hjälpmedel", "activities": ["Förankra beslutet"]}
            ]
        },
    ),
    (
        "representative_worksheet",
        {"rows": [{"group": "Hjälpmedelsforum", "body": None}], "blank_rows": 2},
    ),
]
GLOSSARY_CONTENT = [
    ("glossary_term", {"term": "Överenskommelse", "description": "Ett avtal."}),
    ("glossary_term", {"term": "Huvudman", "description": "Region eller kommun."}),
    ("glossary_term", {"term": "Ändring", "description": "En ny version."}),
    ("glossary_term", {"term": "Avvikelse", "description": "Något gick fel."}),
]


@pytest.fixture
def tree(home, organisation, specification):
    """Home → organisation → specification → bodies, and one page of each other type."""
    organisation.members = "Region Testlän\nKommun A\nKommun B"
    organisation.save_revision().publish()
    specification.valid_from = datetime.date(2024, 1, 1)
    specification.valid_to = datetime.date(2027, 12, 31)
    specification.owner_name = "Samarbetsorganisationen"
    specification.content = SPECIFICATION_CONTENT
    specification.show_in_menus = True
    specification.save_revision().publish()
    political = BodyPageFactory(
        parent=specification,
        title="Politisk samrådsgrupp",
        slug="politisk",
        level=BodyLevel.POLITICAL,
        role=BodyRole.DECIDES,
    )
    body = BodyPageFactory(
        parent=specification,
        title="Ledningsråd",
        slug="ledningsrad",
        short_name="LR",
        convener="Hjälpmedelscentralen",
        reports_to=political,
        reports_to_other="",
        content=BODY_CONTENT,
    )
    sub_body = BodyPageFactory(parent=body, title="Beredningsgrupp IT-stöd", slug="it")
    routine = RoutinePageFactory(
        parent=organisation,
        title="Rutin för samverkan",
        slug="rutin",
        purpose="<p>Att beskriva processen.</p>",
        scope="<p>Alla huvudmän.</p>",
        changes_since_previous="<p>Nytt avsnitt om uppföljning.</p>",
        review_interval_months=12,
        content=ROUTINE_CONTENT,
        show_in_menus=True,
    )
    guidance = GuidancePageFactory(
        parent=organisation,
        title="Stöd till huvudmännen",
        slug="stod",
        content=GUIDANCE_CONTENT,
        show_in_menus=True,
    )
    glossary = GlossaryPageFactory(
        parent=organisation,
        title="Begrepp",
        slug="begrepp",
        content=GLOSSARY_CONTENT,
        show_in_menus=True,
    )
    return {
        "home": home,
        "organisation": organisation,
        "specification": specification,
        "political": political,
        "body": body,
        "sub_body": sub_body,
        "routine": routine,
        "guidance": guidance,
        "glossary": glossary,
    }


def get(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return BeautifulSoup(response.content, "html.parser")


def text(node):
    return " ".join(node.get_text(" ").replace("\xa0", " ").split())


PAGE_NAMES = [
    "home",
    "organisation",
    "specification",
    "body",
    "sub_body",
    "routine",
    "guidance",
    "glossary",
]


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_page_shows_when_it_was_last_updated(client, tree, name):
    page = tree[name]
    page.refresh_from_db()
    markup = get(client, page)
    time = markup.select_one("main .last-updated time[datetime]")
    assert time is not None
    shown = datetime.datetime.fromisoformat(time["datetime"])
    assert shown == page.last_updated
    # A long date in the reader's language (Swedish here): "12 mars 2026".
    assert time.get_text() == date_format(
        timezone.localtime(page.last_updated), "j F Y"
    )


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_page_has_language_skip_link_landmarks_and_search(client, tree, name):
    markup = get(client, tree[name])
    assert markup.html["lang"] == "sv"
    first_focusable = markup.body.find(["a", "button", "input", "select", "textarea"])
    assert first_focusable.name == "a" and first_focusable["href"] == "#main"
    assert markup.find("main", id="main") is not None
    assert markup.find("header") is not None and markup.find("footer") is not None
    assert markup.find("h1") is not None
    form = markup.find("form", role="search")
    assert form["method"] == "get" and form["action"] == "/sok/"
    field = form.find("input", attrs={"name": "q"})
    assert form.find("label", attrs={"for": field["id"]}) is not None


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_ids_are_unique_and_every_section_heading_links_to_itself(client, tree, name):
    markup = get(client, tree[name])
    ids = [element["id"] for element in markup.find_all(id=True)]
    assert len(ids) == len(set(ids)), ids
    for heading in markup.select(".section-heading > h2, .section-heading > h3"):
        assert heading.get("id"), heading
        assert heading.find_next_sibling("a", href=f"#{heading['id']}") is not None


@pytest.mark.parametrize(
    "name", ["specification", "body", "routine", "guidance", "glossary"]
)
def test_table_of_contents_links_land_on_sections(client, tree, name):
    markup = get(client, tree[name])
    toc = markup.select_one("main nav.toc")
    assert toc is not None and toc.get("aria-label")
    links = [a["href"] for a in toc.find_all("a")]
    assert len(links) >= 2
    for href in links:
        assert href.startswith("#")
        assert len(markup.find_all(id=href[1:])) == 1, href


def test_breadcrumbs_lead_from_home_to_the_current_page(client, tree):
    markup = get(client, tree["sub_body"])
    nav = markup.find("nav", class_="breadcrumbs")
    assert nav.get("aria-label")
    items = nav.ol.find_all("li", recursive=False)
    expected = ["home", "organisation", "specification", "body"]
    assert [li.a["href"] for li in items[:-1]] == [tree[name].url for name in expected]
    assert (
        items[-1].find(attrs={"aria-current": "page"}).get_text()
        == tree["sub_body"].title
    )


def test_the_home_page_lists_organisations_without_breadcrumbs(client, tree):
    markup = get(client, tree["home"])
    assert markup.find("nav", class_="breadcrumbs") is None
    assert (
        markup.select_one("main").find("a", href=tree["organisation"].url) is not None
    )


def test_the_organisation_navigation_marks_where_the_reader_is(client, tree):
    markup = get(client, tree["body"])
    menu = markup.find("nav", class_="site-nav")
    links = {a["href"]: a.get("aria-current") for a in menu.find_all("a")}
    assert links[tree["specification"].url] == "true"
    assert links[tree["routine"].url] is None
    markup = get(client, tree["routine"])
    current = markup.find("nav", class_="site-nav").find(attrs={"aria-current": "page"})
    assert current["href"] == tree["routine"].url


def test_organisation_page_lists_its_documents_and_members(client, tree):
    main = get(client, tree["organisation"]).main
    for name in ("specification", "routine", "guidance", "glossary"):
        assert main.find("a", href=tree[name].url) is not None
    assert "Kommun B" in text(main.find(id="medlemmar").find_parent("section"))


def test_specification_shows_validity_owner_and_bodies_by_level(client, tree):
    main = get(client, tree["specification"]).main
    summary = main.find("dl", class_="facts--summary")
    assert [t["datetime"] for t in summary.find_all("time")] == [
        "2024-01-01",
        "2027-12-31",
    ]
    assert "Samarbetsorganisationen" in text(summary)
    bodies = main.find(id="organ").find_parent("section")
    levels = [text(h3) for h3 in bodies.find_all("h3")]
    assert levels == [str(BodyLevel.POLITICAL.label), str(BodyLevel.OFFICIALS.label)]
    political_list = bodies.find_all("ul", class_="page-list")[0]
    assert political_list.find("a")["href"] == tree["political"].url
    assert str(BodyRole.DECIDES.label) in text(political_list)
    # Sub-bodies belong to their body's page, not to the specification.
    assert bodies.find("a", href=tree["sub_body"].url) is None


def test_body_page_facts_relations_content_and_sub_bodies(client, tree):
    main = get(client, tree["body"]).main
    facts = main.find("section", class_="about-body").dl
    assert "LR" in text(facts) and "Hjälpmedelscentralen" in text(facts)
    assert facts.find("a", href=tree["political"].url) is not None
    total = main.select_one("table tfoot tr.total")
    assert "12" in text(total)
    assert "50 000 kr" in text(main)
    sub_bodies = main.find(id="underordnade-organ").find_parent("section")
    assert sub_bodies.find("a", href=tree["sub_body"].url) is not None


def test_routine_page_sections_and_review(client, tree):
    routine = tree["routine"]
    main = get(client, routine).main
    for anchor in (
        "syfte",
        "galler-for",
        "bakgrund",
        "uppfoljning",
        "referenser",
        "andrat-sedan-foregaende-version",
    ):
        assert main.find(id=anchor) is not None, anchor
    routine.refresh_from_db()
    review = main.find("dl", class_="facts--summary").find("time")
    assert review["datetime"] == routine.next_review.isoformat()


def test_guidance_page_renders_its_tables(client, tree):
    main = get(client, tree["guidance"]).main
    assert main.find("table", class_="situation-table") is not None
    worksheet = main.find("table", class_="worksheet")
    assert len(worksheet.tbody.find_all("tr")) == 3


def test_glossary_lists_terms_in_swedish_alphabetical_order(client, tree):
    main = get(client, tree["glossary"]).main
    terms = [text(dfn) for dfn in main.select("dl.glossary dfn")]
    assert terms == ["Avvikelse", "Huvudman", "Ändring", "Överenskommelse"]
    assert main.find(id="huvudman").name == "div"


def test_search_page_finds_a_body(client, tree):
    response = client.get("/sok/", {"q": "Ledningsråd"})
    assert response.status_code == 200
    markup = BeautifulSoup(response.content, "html.parser")
    assert markup.find("input", id="search-page-q")["value"] == "Ledningsråd"
    assert markup.find("a", href=tree["body"].url) is not None
    assert markup.body.find("a")["href"] == "#main"


def test_not_found_page_keeps_the_site_frame(client, tree):
    response = client.get("/finns-inte/")
    assert response.status_code == 404
    markup = BeautifulSoup(response.content, "html.parser")
    assert markup.body.find("a")["href"] == "#main"
    assert markup.find("form", role="search") is not None


def test_an_unpublished_preview_still_has_the_last_updated_line(tree):
    draft = SpecificationPage(title="Utkast", slug="utkast")
    html = render_to_string("pages/includes/last_updated.html", {"page": draft})
    markup = BeautifulSoup(html, "html.parser")
    assert markup.find(class_="last-updated") is not None
    assert markup.find("time") is None
