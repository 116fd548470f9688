"""Differences between two versions: words inserted and removed, sections matched by
block id, composition rows by group, mandate items by decision, list items."""

import copy

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from pages.diff import ADDED, CHANGED, DELETE, EQUAL, INSERT, REMOVED, diff_pages, words
from pages.models import BodyPage, ChangeType
from tests.factories import BodyPageFactory

# Page objects are built in memory, but Wagtail looks up their content type.
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def item(value, item_id):
    return {"type": "item", "value": value, "id": item_id}


def row(group, members, item_id, appointed_by=""):
    return item(
        {"group": group, "members": members, "appointed_by": appointed_by}, item_id
    )


def mandate(decision, item_id, money_limit=None):
    return item({"decision": decision, "money_limit": money_limit}, item_id)


CONTENT = [
    {
        "type": "section",
        "id": "bakgrund",
        "value": {
            "heading": "Bakgrund",
            "body": "<p>Rådet bildades för att samordna arbetet i länet.</p>",
        },
    },
    {
        "type": "assignment",
        "id": "uppdrag",
        "value": {
            "items": [
                item("Främja samverkan", "u1"),
                item("Bevaka strategiska frågor", "u2"),
            ]
        },
    },
    {
        "type": "mandate",
        "id": "mandat",
        "value": {
            "items": [
                mandate("Besluta om anpassning av IT-stöd", "m1", 50000),
                mandate("Besluta om sortiment", "m2"),
            ]
        },
    },
    {
        "type": "composition",
        "id": "sammansattning",
        "value": {
            "rows": [
                row("Kommun", 5, "r1", "VästKom"),
                row("VGR", 5, "r2", "Koncernledningen"),
            ]
        },
    },
    {
        "type": "communication",
        "id": "kommunikation",
        "value": {"body": "<p>Representanterna informerar sina organisationer.</p>"},
    },
]


def body(content=CONTENT, **fields):
    fields.setdefault("title", "Ledningsråd")
    fields.setdefault("introduction", "<p>Rådet samordnar hjälpmedel i länet.</p>")
    return BodyPage(content=copy.deepcopy(content), **fields)


def changed_content(change):
    content = copy.deepcopy(CONTENT)
    change({block["id"]: block["value"] for block in content}, content)
    return content


def text_of(segments, operation):
    return [text for op, text in segments if op == operation]


def test_words_marks_inserted_and_removed_words():
    segments = words("Rådet möts fyra gånger per år.", "Rådet möts sex gånger per år.")
    assert text_of(segments, DELETE) == ["fyra"]
    assert text_of(segments, INSERT) == ["sex"]
    assert segments == [
        (EQUAL, "Rådet möts "),
        (DELETE, "fyra"),
        (EQUAL, " "),
        (INSERT, "sex"),
        (EQUAL, " gånger per år."),
    ]


def test_words_shortens_long_unchanged_text_around_the_change():
    before = " ".join(f"ord{n}" for n in range(100))
    after = before.replace("ord50", "nytt")
    segments = words(before, after)
    first, *_, last = segments
    assert first == (EQUAL, "… " + " ".join(f"ord{n}" for n in range(38, 50)) + " ")
    assert last == (EQUAL, " " + " ".join(f"ord{n}" for n in range(51, 63)) + " …")


def test_unchanged_pages_have_no_differences():
    result = diff_pages(body(), body())
    assert not result.has_changes()
    assert not result.counts


def test_page_fields_are_compared_word_by_word():
    new = body(
        title="Ledningsrådet",
        introduction="<p>Rådet samordnar alla hjälpmedel i regionen.</p>",
    )
    result = diff_pages(body(), new)

    labels = [str(line.label) for line in result.fields]
    assert labels == ["Title", "Introduction"]
    introduction = result.fields[1].segments
    assert text_of(introduction, INSERT) == ["alla", "regionen."]
    assert text_of(introduction, DELETE) == ["länet."]
    assert result.counts["field_changed"] == 2
    assert result.sections == []


def test_rich_text_in_a_section_is_compared_as_words():
    def change(blocks, content):
        blocks["bakgrund"]["body"] = (
            "<p>Rådet bildades för att leda arbetet i länet.</p>"
        )

    result = diff_pages(body(), body(changed_content(change)))

    [section] = result.sections
    assert (section.heading, section.anchor, section.action) == (
        "Bakgrund",
        "bakgrund",
        CHANGED,
    )
    [line] = section.lines
    assert text_of(line.segments, DELETE) == ["samordna"]
    assert text_of(line.segments, INSERT) == ["leda"]
    assert result.counts["section_changed"] == 1


def test_composition_rows_added_removed_and_changed_by_group():
    def change(blocks, content):
        rows = blocks["sammansattning"]["rows"]
        rows[0]["value"]["members"] = 6
        rows.append(row("Brukarorganisation", 1, "r3", "Funktionsrättsrådet"))

    result = diff_pages(body(), body(changed_content(change)))

    [section] = result.sections
    changed, added = section.lines
    assert str(changed.label).endswith("Kommun › Members")
    assert (text_of(changed.segments, DELETE), text_of(changed.segments, INSERT)) == (
        ["5"],
        ["6"],
    )
    assert added.action == ADDED
    assert "Brukarorganisation" in added.segments[0][1]
    assert "Funktionsrättsrådet" in added.segments[0][1]
    assert result.counts["composition_row_added"] == 1
    assert result.counts["composition_row_changed"] == 1
    assert result.counts["section_changed"] == 1


def test_renamed_composition_row_is_changed_not_replaced():
    def change(blocks, content):
        blocks["sammansattning"]["rows"][1]["value"]["group"] = (
            "Västra Götalandsregionen"
        )

    result = diff_pages(body(), body(changed_content(change)))

    [line] = result.sections[0].lines
    assert line.action == CHANGED
    assert text_of(line.segments, INSERT) == ["Västra Götalandsregionen"]
    assert result.counts["composition_row_changed"] == 1
    assert not result.counts["composition_row_added"]


def test_mandate_items_matched_by_decision_text():
    def change(blocks, content):
        items = blocks["mandat"]["items"]
        items[0]["value"]["money_limit"] = 75000
        items[1] = mandate("Besluta om prissättning", "m3")

    result = diff_pages(body(), body(changed_content(change)))

    lines = result.sections[0].lines
    changed = next(line for line in lines if line.action == CHANGED)
    assert "Besluta om anpassning av IT-stöd" in str(changed.label)
    assert text_of(changed.segments, DELETE) == ["50000"]
    assert text_of(changed.segments, INSERT) == ["75000"]
    assert [line.action for line in lines] == [CHANGED, ADDED, REMOVED]
    assert result.counts["mandate_item_changed"] == 1
    assert result.counts["mandate_item_added"] == 1
    assert result.counts["mandate_item_removed"] == 1


def test_list_items_added_removed_and_reworded():
    def change(blocks, content):
        items = blocks["uppdrag"]["items"]
        items[0]["value"] = "Främja samverkan mellan huvudmännen"
        items.append(item("Följa upp avvikelser", "u3"))

    result = diff_pages(body(), body(changed_content(change)))

    reworded, added = result.sections[0].lines
    assert text_of(reworded.segments, INSERT) == ["mellan huvudmännen"]
    assert added.action == ADDED
    assert added.segments == [(INSERT, "Följa upp avvikelser")]
    assert result.counts["list_item_changed"] == 1
    assert result.counts["list_item_added"] == 1


def test_sections_added_removed_and_moved_by_block_id():
    def change(blocks, content):
        communication = content.pop()
        content.insert(0, communication)
        del content[2]  # the assignment
        content.append(
            {
                "type": "follow_up",
                "id": "uppfoljning",
                "value": {"body": "<p>Rapport till SRO varje år.</p>"},
            }
        )

    result = diff_pages(body(), body(changed_content(change)))

    summary = [(s.heading, s.action, s.moved) for s in result.sections]
    assert summary == [
        ("Communication", "", True),
        ("Assignment", REMOVED, False),
        ("Follow-up", ADDED, False),
    ]
    added = result.sections[2]
    assert added.lines[0].segments == [(INSERT, "Rapport till SRO varje år.")]
    assert result.counts["section_moved"] == 1
    assert result.counts["section_removed"] == 1
    assert result.counts["section_added"] == 1


# ---------- The comparison page ----------


def publish_change(page, summary, **fields):
    draft = page.get_latest_revision_as_object()
    for name, value in fields.items():
        setattr(draft, name, value)
    draft.change_type, draft.change_summary = ChangeType.SUBSTANTIVE, summary
    draft.save_revision().publish()
    return draft


def test_comparison_page_shows_insertions_and_removals_readably(client, specification):
    page = BodyPageFactory(
        parent=specification,
        slug="rad",
        introduction="<p>Rådet samordnar hjälpmedel i länet.</p>",
        content=copy.deepcopy(CONTENT),
    )
    draft = page.get_latest_revision_as_object()
    content = list(copy.deepcopy(draft.content.raw_data))
    content[3]["value"]["rows"].append(row("<script>alert(1)</script>", 1, "r9"))
    publish_change(
        page,
        "Ny rad i sammansättningen.",
        introduction="<p>Rådet samordnar alla hjälpmedel i regionen.</p>",
        content=content,
    )

    response = client.get(f"{page.url}versions/1/diff/2/")
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content
    soup = BeautifulSoup(response.content, "html.parser")

    assert soup.select_one("meta[name=robots]")["content"] == "noindex"
    assert soup.select_one("h1")
    summary = [li.get_text() for li in soup.select(".diff-summary__list li")]
    assert len(summary) == 3  # a page detail, a section, a composition row
    inserted = [ins.get_text() for ins in soup.select("ins")]
    removed = [d.get_text() for d in soup.select("del")]
    hidden_ins = soup.select_one("ins .visually-hidden").get_text()
    hidden_del = soup.select_one("del .visually-hidden").get_text()
    assert f"{hidden_ins}alla" in inserted
    assert f"{hidden_del}länet." in removed
    assert any("<script>alert(1)</script>" in text for text in inserted)
    links = [a["href"] for a in soup.select(".diff-versions a")]
    assert links == [f"{page.url}versions/1/", f"{page.url}versions/2/"]
    section_link = soup.select_one(".diff-section__link a")["href"]
    assert section_link == f"{page.url}versions/2/#sammansattning"


def test_comparing_a_version_with_itself_says_there_is_no_difference(client, body_page):
    response = client.get(f"{body_page.url}versions/1/diff/1/")
    soup = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 200
    assert soup.select_one(".diff-summary__list") is None
    assert soup.select("ins") == []
