"""A Word file and a web page with headings, lists and tables import the same way
as their text version."""

import io

import docx
import pytest

from pages.models import BodyPage
from tests.factories import OrganisationPageFactory

from .conftest import blocks_of, draft, draft_text, run_import, words_of

TEXT = """Samverkan om hjälpmedel

Specifikationen anger hur samarbetet styrs.

Ledningsråd

Uppdrag

 • främja samverkan mellan huvudmännen
 • bevaka strategiska frågor

Mandat

 • Fatta beslut om anpassning gällande IT-stöd upp till 50 000 kr.
 • Ta fram förslag till Ledningsrådet.

Sammansättning

Representanter   Antal   Utses av
Kommun   5   VästKom
VGR   5   Koncernledning

Arbetsformer

 • Ledningsrådet sammanträder minst sex gånger per år.
 • Alla beslut ska ske i enighet.

Senast uppdaterad: 2024-02-01
"""

HTML = """<!doctype html><html><head><title>Samverkan om hjälpmedel</title></head>
<body><h1>Samverkan om hjälpmedel</h1>
<p>Specifikationen anger hur samarbetet styrs.</p>
<h2>Ledningsråd</h2>
<h3>Uppdrag</h3>
<ul><li>främja samverkan mellan huvudmännen</li><li>bevaka strategiska frågor</li></ul>
<h3>Mandat</h3>
<ul><li>Fatta beslut om anpassning gällande IT-stöd upp till 50 000 kr.</li>
<li>Ta fram förslag till Ledningsrådet.</li></ul>
<h3>Sammansättning</h3>
<table><tr><th>Representanter</th><th>Antal</th><th>Utses av</th></tr>
<tr><td>Kommun</td><td>5</td><td>VästKom</td></tr>
<tr><td>VGR</td><td>5</td><td>Koncernledning</td></tr></table>
<h3>Arbetsformer</h3>
<ul><li>Ledningsrådet sammanträder minst sex gånger per år.</li>
<li>Alla beslut ska ske i enighet.</li></ul>
<p>Senast uppdaterad: 2024-02-01</p>
</body></html>"""


def word_file(table_of_contents=False):
    document = docx.Document()
    document.add_heading("Samverkan om hjälpmedel", 0)
    if table_of_contents:
        document.add_paragraph("Ledningsråd\t1", style="TOC Heading")
    document.add_paragraph("Specifikationen anger hur samarbetet styrs.")
    document.add_heading("Ledningsråd", 1)
    document.add_heading("Uppdrag", 2)
    document.add_paragraph("främja samverkan mellan huvudmännen", style="List Bullet")
    document.add_paragraph("bevaka strategiska frågor", style="List Bullet")
    document.add_heading("Mandat", 2)
    document.add_paragraph(
        "Fatta beslut om anpassning gällande IT-stöd upp till 50 000 kr.",
        style="List Bullet",
    )
    document.add_paragraph("Ta fram förslag till Ledningsrådet.", style="List Bullet")
    document.add_heading("Sammansättning", 2)
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(
        table.rows,
        [
            ("Representanter", "Antal", "Utses av"),
            ("Kommun", "5", "VästKom"),
            ("VGR", "5", "Koncernledning"),
        ],
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_heading("Arbetsformer", 2)
    for text in (
        "Ledningsrådet sammanträder minst sex gånger per år.",
        "Alla beslut ska ske i enighet.",
    ):
        document.add_paragraph(text, style="List Bullet")
    document.add_paragraph("Senast uppdaterad: 2024-02-01")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def structure(report):
    """What the import made, without ids and anchors: page types and titles, and
    each page's blocks."""
    result = []
    for page in report.created_pages:
        page = draft(page)
        blocks = [
            (child.block_type, _without(child.block.get_prep_value(child.value)))
            for child in page.content
        ]
        result.append((type(page).__name__, page.title, page.introduction, blocks))
    return result


def _without(value):
    if isinstance(value, dict):
        return {k: _without(v) for k, v in value.items() if k not in ("id",)}
    if isinstance(value, list):
        return [_without(v) for v in value]
    return value


@pytest.fixture
def text_import(organisation):
    return run_import(organisation, "samverkan.txt", TEXT.encode())


def test_text_version_maps_to_blocks(text_import):
    spec, council = text_import.created_pages
    assert isinstance(council.specific, BodyPage)
    assert council.get_parent().pk == spec.pk
    assert list(blocks_of(council, "assignment")[0]["items"]) == [
        "främja samverkan mellan huvudmännen",
        "bevaka strategiska frågor",
    ]
    assert [i["money_limit"] for i in blocks_of(council, "mandate")[0]["items"]] == [
        50000,
        None,
    ]
    [composition] = blocks_of(council, "composition")
    assert [(r["group"], r["members"]) for r in composition["rows"]] == [
        ("Kommun", 5),
        ("VGR", 5),
    ]
    assert blocks_of(council, "working_forms")[0]["meetings_min"] == 6


def test_word_file_imports_like_its_text_version(organisation, home, text_import):
    other = OrganisationPageFactory(parent=home, slug="annat")
    word = run_import(other, "samverkan.docx", word_file(table_of_contents=True))
    assert structure(word) == structure(text_import)
    assert [text.split() for text in word.removed] == [["Ledningsråd", "1"]]
    assert (
        not words_of(TEXT)
        - words_of(draft_text(word.created_pages))
        - words_of(" ".join(word.replaced))
    )


def test_web_page_imports_like_its_text_version(organisation, home, text_import):
    other = OrganisationPageFactory(parent=home, slug="annat")
    web = run_import(other, "samverkan.html", HTML.encode())
    assert structure(web) == structure(text_import)
