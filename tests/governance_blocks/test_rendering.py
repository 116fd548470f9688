"""Every block renders what a reader checks: headings that can be cited, totals that
add up, money in kronor, and editors' text escaped."""

from bs4 import BeautifulSoup
from django.utils import translation

from governance_blocks.competence import CompetenceCriteriaBlock, NominationProcessBlock
from governance_blocks.composition import CompositionBlock
from governance_blocks.lists import (
    AssignmentBlock,
    ChecklistBlock,
    ResponsibilitiesBlock,
)
from governance_blocks.mandate import MandateBlock
from governance_blocks.sections import (
    CommunicationBlock,
    FollowUpBlock,
    ParagraphBlock,
    SectionBlock,
)
from governance_blocks.stream import (
    BodyStreamBlock,
)
from governance_blocks.working_forms import WorkingFormsBlock
from tests.governance_blocks.rendering import (
    SCRIPT,
    assert_citable_heading,
    definitions,
    render,
    text,
)


def composition_row(group, members, **extra):
    return {"group": group, "members": members, **extra}


CHAIR, VASTKOM, HSD = "Ordförande eller vice ordförande", "VästKom", "HS-direktören"
LEDNINGSRAD = {
    "rows": [
        composition_row(CHAIR, 1, party="VGK", appointed_by=VASTKOM),
        composition_row(CHAIR, 1, party="VGR", appointed_by=HSD),
        composition_row(
            "Ledamöter från kommunerna", 5, party="VGK", appointed_by=VASTKOM
        ),
        composition_row("Ledamöter från VGR", 5, party="VGR", appointed_by=HSD),
    ],
    "stated_total": 12,
    "chair_rule": "Ordförandeskapet alternerar vartannat år mellan VGR och VGK.",
    "co_opted": ["Verksamhetschef Hjälpmedelscentralen"],
    "secretary": "Samordningsfunktionen",
}


class TestComposition:
    def test_table_has_caption_column_headers_and_the_total_in_its_footer(self):
        markup = render(CompositionBlock(), LEDNINGSRAD)
        table = markup.find("table")
        assert table.caption is not None
        assert all(th.get("scope") == "col" for th in table.thead.find_all("th"))
        assert all(row.th.get("scope") == "row" for row in table.tbody.find_all("tr"))
        total_row = table.tfoot.find("tr", class_="total")
        assert "12" in text(total_row)
        assert_citable_heading(
            markup, "sammansattning", str(CompositionBlock().meta.default_heading)
        )

    def test_per_party_totals_are_shown_when_rows_name_parties(self):
        markup = render(CompositionBlock(), LEDNINGSRAD)
        subtotals = [
            text(row) for row in markup.tfoot.find_all("tr", class_="subtotal")
        ]
        assert len(subtotals) == 2
        assert "VGK" in subtotals[0] and "6" in subtotals[0]
        assert "VGR" in subtotals[1] and "6" in subtotals[1]

    def test_deputies_column_only_when_a_row_counts_deputies(self):
        with translation.override("en"):
            without = render(CompositionBlock(), LEDNINGSRAD)
            rows = [composition_row("Kommun", 5, deputies=5), composition_row("VGR", 2)]
            with_deputies = render(CompositionBlock(), {"rows": rows})
        assert "Deputies" not in text(without.thead)
        assert "Deputies" in text(with_deputies.thead)
        assert "Party" not in text(with_deputies.thead)
        total = text(with_deputies.tfoot.find("tr", class_="total"))
        assert total.split()[:3] == ["Total", "7", "5"]

    def test_of_which_and_role_defined_rows_show_in_the_members_cell(self):
        rows = [
            composition_row(
                "Kommunerna", 53, of_which_count=5, of_which_label="Göteborgs stad"
            ),
            {
                "group": "Socialchefer",
                "members": None,
                "defined_by_role": "Alla socialchefer i länet",
            },
        ]
        with translation.override("en"):
            markup = render(CompositionBlock(), {"rows": rows})
        cells = [
            row.find("td", class_="numeric") for row in markup.tbody.find_all("tr")
        ]
        assert text(cells[0]) == "53, of which 5 Göteborgs stad"
        assert text(cells[1]) == "Alla socialchefer i länet"

    def test_rules_and_roles_below_the_table(self):
        markup = render(CompositionBlock(), LEDNINGSRAD)
        facts = text(markup.find("dl"))
        assert "alternerar vartannat år" in facts
        assert "Verksamhetschef Hjälpmedelscentralen" in facts
        assert "Samordningsfunktionen" in facts

    def test_editor_text_is_escaped(self):
        rows = [composition_row(SCRIPT, 2, note=SCRIPT, appointed_by=SCRIPT)]
        html = str(render(CompositionBlock(), {"rows": rows, "chair_rule": SCRIPT}))
        assert "<script>" not in html
        assert html.count("&lt;script&gt;") == 4


class TestMandate:
    RAW = {
        "items": [
            {
                "decision": "Fatta beslut om anpassning gällande IT-stöd",
                "scope": "Beredningsgrupp IT-stöd",
                "topic": "IT",
                "money_limit": 50000,
            },
            {"decision": "Besluta om sortiment", "topic": "Sortiment"},
        ]
    }

    def test_money_limit_in_kronor_grouped_the_swedish_way(self):
        with translation.override("sv"):
            markup = render(MandateBlock(), self.RAW)
        money = markup.find(class_="money")
        # Swedish groups thousands with a no-break space, so the amount never wraps.
        assert money.get_text() in {"50\xa0000 kr", "50 000 kr"}
        assert "50 000 kr" in text(markup)

    def test_scope_and_topic_per_item_and_no_limit_when_none(self):
        with translation.override("en"):
            markup = render(MandateBlock(), self.RAW)
        first, second = markup.find_all("li", class_="mandate-item")
        assert definitions(first) == {
            "Scope": "Beredningsgrupp IT-stöd",
            "Topic": "IT",
            "Money limit": "50,000 kr",
        }
        assert definitions(second) == {"Topic": "Sortiment"}
        assert_citable_heading(markup, "mandat", "Mandate")


class TestWorkingForms:
    def test_meeting_frequency_and_rules_as_a_definition_list(self):
        raw = {
            "meetings_min": 6,
            "meetings_max": 8,
            "decision_rule": "Enighet.",
            "quorum": "Minst hälften av varje parts ledamöter.",
        }
        with translation.override("en"):
            markup = render(WorkingFormsBlock(), raw)
        terms = definitions(markup)
        assert terms["Meetings"] == "6–8 times per year"
        assert terms["Decision rule"] == "Enighet."
        assert "Minst hälften" in terms["Quorum"]
        assert_citable_heading(markup, "arbetsformer", "Working forms")

    def test_heading_and_anchor_given_by_the_editor_win(self):
        raw = {"heading": "Mötesformer", "anchor": "moten", "meetings_min": 4}
        markup = render(WorkingFormsBlock(), raw)
        assert_citable_heading(markup, "moten", "Mötesformer")


def test_competence_criteria_are_three_labelled_lists():
    raw = {
        "required_criteria": ["Kunskap om processen"],
        "meritorious": ["Politik"],
        "at_least_one_member": ["Medicinsk kompetens", "Ekonomi"],
    }
    with translation.override("en"):
        markup = render(CompetenceCriteriaBlock(), raw)
    labels = [text(h3) for h3 in markup.find_all("h3")]
    assert labels == [
        "Required of every member",
        "Meritorious",
        "Held by at least one member",
    ]
    assert [len(ul.find_all("li")) for ul in markup.find_all("ul")] == [1, 1, 2]


def test_nomination_process_lists_steps_per_group_and_how_to_leave():
    raw = {
        "groups": [
            {
                "title": "Ledamöter",
                "steps": ["Kommunalförbundet nominerar.", "SRO utser."],
            }
        ],
        "leaving": "Representanten meddelar samordningsfunktionen.",
    }
    markup = render(NominationProcessBlock(), raw)
    assert [text(li) for li in markup.find("ol").find_all("li")] == [
        "Kommunalförbundet nominerar.",
        "SRO utser.",
    ]
    assert "meddelar samordningsfunktionen" in text(markup)
    assert markup.find(id="nomineringsprocess") is not None


class TestLists:
    def test_assignment_and_responsibilities_use_their_standard_headings(self):
        with translation.override("en"):
            assignment = render(AssignmentBlock(), {"items": ["främja samverkan"]})
            duties = render(ResponsibilitiesBlock(), {"items": ["hantera frågor"]})
        assert_citable_heading(assignment, "uppdrag", "Assignment")
        assert_citable_heading(duties, "ansvar", "Responsibilities")
        assert text(assignment.find("li")) == "främja samverkan"

    def test_a_list_without_heading_renders_no_heading(self):
        markup = render(
            BodyStreamBlock().child_blocks["item_list"], {"items": ["a", "b"]}
        )
        assert markup.find(["h2", "h3"]) is None
        assert len(markup.find_all("li")) == 2

    def test_checklist_and_reflection_questions(self):
        items = [
            {"text": "Vem har mandat?", "sub_items": ["Politiskt", "Tjänsteperson"]}
        ]
        checklist = render(ChecklistBlock(), {"kind": "checklist", "items": items})
        questions = render(ChecklistBlock(), {"kind": "questions", "items": items})
        assert checklist.find("ul", class_="checklist") is not None
        assert questions.find("ol", class_="questions") is not None
        assert len(questions.find("ol").find("ul").find_all("li")) == 2


class TestSections:
    def test_rich_text_is_rendered_as_html_not_escaped(self):
        raw = {"heading": "Bakgrund", "body": "<p>Tidigare <b>struktur</b>.</p>"}
        markup = render(SectionBlock(), raw)
        assert markup.find("b").get_text() == "struktur"
        assert_citable_heading(markup, "bakgrund", "Bakgrund")

    def test_communication_and_follow_up(self):
        with translation.override("en"):
            communication = render(CommunicationBlock(), {"body": "<p>Info.</p>"})
            follow_up = render(
                FollowUpBlock(),
                {
                    "body": "<p>Rapport.</p>",
                    "reports_to": "SRO",
                    "frequency": "årligen",
                },
            )
        assert_citable_heading(communication, "kommunikation", "Communication")
        assert "SRO" in text(follow_up.find("dl"))
        assert "Årligen" in text(follow_up.find("dl"))

    def test_paragraph_is_running_text(self):
        markup = render(ParagraphBlock(), "<p>Löptext med <i>kursiv</i>.</p>")
        assert markup.find("i").get_text() == "kursiv"


def test_an_anchor_derived_from_a_swedish_heading_matches_the_table_of_contents():
    block = CompositionBlock()
    raw = {**LEDNINGSRAD, "heading": "Sammansättning – ledamöter och ersättare (§ 4)"}
    value = block.to_python(raw)
    markup = BeautifulSoup(block.render(value), "html.parser")
    assert value.anchor() == "sammansattning-ledamoter-och-ersattare-4"
    assert_citable_heading(markup, value.anchor(), raw["heading"])
