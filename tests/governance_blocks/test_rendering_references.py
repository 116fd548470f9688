"""Rendering of references, tables and paragraphs; every block has its template."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.template.loader import get_template
from django.utils import translation
from wagtail.documents.models import Document

from governance_blocks.paragraphs import NumberedParagraphsBlock
from governance_blocks.references import (
    GoverningDocumentsBlock,
    LegalReferencesBlock,
    RelatedRoutinesBlock,
)
from governance_blocks.sections import (
    STANDARD_SECTIONS,
    StandardSectionBlock,
)
from governance_blocks.tables import (
    GlossaryTermBlock,
    RepresentativeWorksheetBlock,
    SituationTableBlock,
)
from tests.factories import RoutinePageFactory
from tests.governance_blocks.rendering import (
    SCRIPT,
    STREAM_BLOCKS,
    assert_citable_heading,
    render,
    text,
)


def test_numbered_paragraphs_are_citable_one_by_one():
    raw = {
        "paragraphs": [
            {
                "number": "",
                "heading": "Ändamål",
                "text": "<p>Nämnden ansvarar för …</p>",
            },
            {"number": "", "heading": "", "text": "<p>Sammansättning …</p>"},
            {"number": "3 a", "heading": "Ersättare", "text": "<p>…</p>"},
        ]
    }
    with translation.override("en"):
        markup = render(NumberedParagraphsBlock(), raw)
    assert_citable_heading(markup, "paragrafer", "Rules")
    assert text(markup.find(id="paragrafer-1")) == "§ 1 Ändamål"
    assert text(markup.find(id="paragrafer-2")) == "§ 2"
    assert text(markup.find(id="paragrafer-3a")) == "§ 3 a Ersättare"
    assert markup.find("a", href="#paragrafer-3a") is not None


def test_legal_references_cite_the_statute_and_link_the_title():
    raw = {
        "items": [
            {
                "statute_id": "Lag (2017:612)",
                "title": "om samverkan vid utskrivning",
                "url": "https://www.riksdagen.se/sv/dokument-och-lagar/",
            },
            {"statute_id": "SOSFS 2011:9", "title": SCRIPT, "url": ""},
        ]
    }
    markup = render(LegalReferencesBlock(), raw)
    first, second = markup.find_all("li")
    assert first.find("cite").get_text() == "Lag (2017:612)"
    assert first.find("a")["href"] == "https://www.riksdagen.se/sv/dokument-och-lagar/"
    assert second.find("a") is None
    assert "<script>" not in str(markup)
    assert markup.find(id="referenser") is not None


@pytest.mark.django_db
def test_related_routines_link_the_page_when_chosen(home):
    routine = RoutinePageFactory(
        parent=home, title="Rutin för utskrivning", slug="utskrivning"
    )
    raw = {
        "items": [
            {"page": routine.pk, "title": "", "url": ""},
            {
                "page": None,
                "title": "Regional rutin",
                "url": "https://example.org/rutin",
            },
            {"page": None, "title": "Rutin utan länk", "url": ""},
        ]
    }
    markup = render(RelatedRoutinesBlock(), raw)
    items = markup.find_all("li")
    assert items[0].a["href"] == routine.url
    assert text(items[0]) == "Rutin för utskrivning"
    assert items[1].a["href"] == "https://example.org/rutin"
    assert items[2].find("a") is None and text(items[2]) == "Rutin utan länk"


@pytest.mark.django_db
def test_governing_documents_show_kind_status_dates_and_link_to_the_file():
    document = Document.objects.create(
        title="Samverkansavtal 2024", file=ContentFile(b"%PDF-1.4", name="avtal.pdf")
    )
    raw = {
        "items": [
            {
                "document": document.pk,
                "title": "",
                "kind": "agreement",
                "status": "in_force",
                "valid_from": "2024-01-01",
                "valid_to": "2027-12-31",
            }
        ]
    }
    with translation.override("en"):
        markup = render(GoverningDocumentsBlock(), raw)
    link = markup.find("a", href=document.url)
    assert text(link) == "Samverkansavtal 2024"
    facts = text(markup.find("dl"))
    assert "Agreement" in facts and "In force" in facts
    assert [t["datetime"] for t in markup.find_all("time")] == [
        "2024-01-01",
        "2027-12-31",
    ]


def test_situation_table_rows_and_suggested_competences():
    raw = {
        "rows": [
            {
                "situation": "Nytt hjälpmedel i sortimentet",
                "activities": ["Identifiera berörda enheter", "Ta fram plan"],
            }
        ],
        "competences": ["Hjälpmedelssamordnare"],
    }
    markup = render(SituationTableBlock(), raw)
    row = markup.find("tbody").find("tr")
    assert row.th["scope"] == "row" and text(row.th) == "Nytt hjälpmedel i sortimentet"
    assert [text(li) for li in row.find_all("li")] == [
        "Identifiera berörda enheter",
        "Ta fram plan",
    ]
    assert text(markup.find_all("ul")[-1]) == "Hjälpmedelssamordnare"
    assert markup.find("caption") is not None


def test_representative_worksheet_has_an_empty_column_and_blank_rows():
    raw = {
        "rows": [
            {"group": "Hjälpmedelsforum", "body": None},
            {"group": SCRIPT, "body": None},
        ],
        "blank_rows": 3,
    }
    markup = render(RepresentativeWorksheetBlock(), raw)
    rows = markup.find("tbody").find_all("tr")
    assert len(rows) == 5
    assert all(text(row.find_all(["td", "th"])[1]) == "" for row in rows)
    assert [text(th) for th in markup.thead.find_all("th")] == [
        "Grupp i samarbetsorganisationen",
        "Namn på vår representant",
    ]
    assert "<script>" not in str(markup)


def test_glossary_term_is_a_citable_definition():
    raw = {
        "term": "Huvudman",
        "description": "Den region eller kommun som ansvarar.",
        "link": "https://example.org/huvudman",
        "link_text": "Läs mer",
    }
    markup = render(GlossaryTermBlock(), raw)
    entry = markup.find(id="huvudman")
    assert entry.dt.dfn.get_text() == "Huvudman"
    assert "ansvarar" in text(entry.dd)
    assert markup.find("dl") is not None
    in_list = render(GlossaryTermBlock(), raw, in_list=True)
    assert in_list.find("dl") is None


def all_block_types():
    """(name, block) for every block type the page streams use, once each."""
    seen = {}
    for stream in STREAM_BLOCKS:
        for name, block in stream().child_blocks.items():
            seen.setdefault(type(block), (name, block))
    return [
        pytest.param(name, block, id=name)
        for name, block in sorted(seen.values(), key=lambda item: item[0])
    ]


@pytest.mark.parametrize(("name", "block"), all_block_types())
def test_every_block_template_exists(name, block):
    assert block.meta.template, f"{name} has no template"
    get_template(block.meta.template)


def headed_blocks_with_preview():
    """Blocks shown as a section with a heading, with the editor preview's value."""
    return [
        param
        for param in all_block_types()
        for _name, block in [param.values]
        if getattr(block.meta, "preview_value", None) is not None
        and hasattr(block.meta.value_class, "anchor")
        and not isinstance(block, GlossaryTermBlock)
    ]


@pytest.mark.parametrize(("name", "block"), headed_blocks_with_preview())
def test_headed_blocks_render_the_heading_and_anchor_the_contents_link_to(name, block):
    value = block.to_python(block.meta.preview_value)
    markup = BeautifulSoup(block.render(value), "html.parser")
    assert_citable_heading(markup, value.anchor(), str(value.heading_text()))


@pytest.mark.parametrize("kind", [kind for kind, _label in STANDARD_SECTIONS])
def test_standard_sections_render_the_anchor_the_table_of_contents_links_to(kind):
    block = StandardSectionBlock()
    value = block.to_python({"kind": kind, "body": "<p>Text.</p>"})
    markup = BeautifulSoup(block.render(value), "html.parser")
    assert_citable_heading(markup, value.anchor(), str(value.heading_text()))
