"""Editors get a clear form error for bad block input, never a crash or silent loss."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import translation
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.documents.models import Document

from governance_blocks.competence import CompetenceCriteriaBlock, NominationProcessBlock
from governance_blocks.composition import CompositionBlock
from governance_blocks.mandate import MandateBlock
from governance_blocks.references import (
    GoverningDocumentBlock,
    LegalReferencesBlock,
    RelatedRoutineBlock,
)
from governance_blocks.stream import BodyStreamBlock
from governance_blocks.working_forms import WorkingFormsBlock


def clean(block, raw):
    return block.clean(block.to_python(raw))


def errors_of(excinfo):
    """The error messages per field of a StructBlockValidationError, flattened."""
    return {
        name: " ".join(error.messages)
        for name, error in excinfo.value.block_errors.items()
    }


def row(**overrides):
    values = {
        "party": "Kommunerna",
        "group": "Kommun",
        "members": 5,
        "deputies": None,
        "of_which_count": None,
        "of_which_label": "",
        "defined_by_role": "",
        "appointed_by": "VästKom",
        "note": "",
    }
    values.update(overrides)
    return values


def composition(*rows, **overrides):
    values = {"heading": "", "anchor": "", "intro": "", "rows": list(rows)}
    values.update(overrides)
    return values


class TestComposition:
    def test_good_rows_are_accepted_and_totalled(self):
        value = clean(
            CompositionBlock(),
            composition(
                row(),
                row(party="VGR", group="VGR", members=5, deputies=2),
                row(party="HMC", group="Hjälpmedelscentralen", members=1),
            ),
        )
        assert value.total_members() == 11
        assert value.total_deputies() == 2
        assert value.totals_by_party() == [
            ("Kommunerna", 5, 0),
            ("VGR", 5, 2),
            ("HMC", 1, 0),
        ]

    def test_a_row_defined_by_role_needs_no_number(self):
        value = clean(
            CompositionBlock(),
            composition(row(members=None, defined_by_role="Samtliga socialchefer")),
        )
        assert value.has_role_based_rows()
        assert value.total_members() == 0

    def test_a_row_with_neither_number_nor_role_is_refused(self):
        with pytest.raises(ValidationError) as excinfo:
            clean(CompositionBlock(), composition(row(members=None)))
        assert "rows" in excinfo.value.block_errors

    @pytest.mark.parametrize("members", [-1, "fem", "2.5"])
    def test_negative_or_non_integer_counts_are_refused(self, members):
        with pytest.raises(ValidationError):
            clean(CompositionBlock(), composition(row(members=members)))

    def test_the_error_is_in_swedish_for_a_swedish_editor(self):
        with translation.override("sv"), pytest.raises(ValidationError) as excinfo:
            clean(CompositionBlock(), composition(row(members=-1)))
        row_errors = excinfo.value.block_errors["rows"].block_errors[0].block_errors
        assert "större än eller lika med 0" in " ".join(row_errors["members"].messages)

    def test_of_which_cannot_exceed_the_members(self):
        block = CompositionBlock().child_blocks["rows"].child_block
        with pytest.raises(StructBlockValidationError) as excinfo:
            clean(
                block, row(members=5, of_which_count=6, of_which_label="Göteborgs stad")
            )
        assert "of_which_count" in errors_of(excinfo)

    def test_of_which_needs_to_say_whose_seats(self):
        block = CompositionBlock().child_blocks["rows"].child_block
        with pytest.raises(StructBlockValidationError) as excinfo:
            clean(block, row(members=53, of_which_count=5))
        assert "of_which_label" in errors_of(excinfo)

    def test_an_empty_table_is_refused(self):
        with pytest.raises(ValidationError):
            clean(CompositionBlock(), composition())

    def test_stated_total_mismatch_is_detected(self):
        value = clean(CompositionBlock(), composition(row(members=5), stated_total=12))
        assert value.stated_total_mismatch()
        value = clean(CompositionBlock(), composition(row(members=12), stated_total=12))
        assert not value.stated_total_mismatch()


def mandate(*items):
    return {"heading": "", "anchor": "", "intro": "", "items": list(items)}


def mandate_item(**overrides):
    values = {
        "decision": "Fatta beslut om IT-stöd",
        "scope": "",
        "topic": "",
        "money_limit": None,
    }
    values.update(overrides)
    return values


class TestMandate:
    def test_money_limit_is_kept_as_a_number(self):
        value = clean(MandateBlock(), mandate(mandate_item(money_limit=50000)))
        assert value["items"][0]["money_limit"] == 50000

    @pytest.mark.parametrize("limit", [-1, "50 000 kr", "1.5"])
    def test_bad_money_limits_are_refused(self, limit):
        with pytest.raises(ValidationError):
            clean(MandateBlock(), mandate(mandate_item(money_limit=limit)))

    def test_an_empty_decision_is_refused(self):
        with pytest.raises(ValidationError):
            clean(MandateBlock(), mandate(mandate_item(decision="")))

    def test_no_items_is_refused(self):
        with pytest.raises(ValidationError):
            clean(MandateBlock(), mandate())

    def test_search_finds_the_money_limit_as_written(self):
        block = MandateBlock()
        content = block.get_searchable_content(
            block.to_python(mandate(mandate_item(money_limit=50000)))
        )
        assert "50 000 kr" in content


def working_forms(**overrides):
    values = dict.fromkeys(("meetings_min", "meetings_max"))
    values.update({"meetings_period": "year", "other": []})
    values.update(overrides)
    return values


class TestWorkingForms:
    def test_fewer_maximum_than_minimum_meetings_is_refused(self):
        with pytest.raises(StructBlockValidationError) as excinfo:
            clean(WorkingFormsBlock(), working_forms(meetings_min=8, meetings_max=6))
        assert "meetings_max" in errors_of(excinfo)

    def test_negative_meetings_are_refused(self):
        with pytest.raises(ValidationError):
            clean(WorkingFormsBlock(), working_forms(meetings_min=-2))

    @pytest.mark.parametrize(
        ("low", "high", "period", "expected"),
        [
            (6, 8, "year", "6–8 times per year"),
            (6, None, "year", "at least 6 times per year"),
            (None, 3, "term", "at most 3 times per term"),
            (4, 4, "year", "4 times per year"),
            (None, None, "year", ""),
        ],
    )
    def test_meeting_frequency_reads_naturally(self, low, high, period, expected):
        with translation.override("en"):
            value = clean(
                WorkingFormsBlock(),
                working_forms(
                    meetings_min=low, meetings_max=high, meetings_period=period
                ),
            )
            assert str(value.meeting_frequency()) == expected


class TestCompetenceAndNomination:
    def test_criteria_need_at_least_one_item(self):
        with pytest.raises(StructBlockValidationError) as excinfo:
            clean(
                CompetenceCriteriaBlock(),
                {"required_criteria": [], "meritorious": [], "at_least_one_member": []},
            )
        assert excinfo.value.non_block_errors

    def test_criteria_lists_are_kept_apart(self):
        value = clean(
            CompetenceCriteriaBlock(),
            {
                "required_criteria": ["Strategisk förmåga"],
                "meritorious": ["Kunskap om den politiska processen"],
                "at_least_one_member": ["Medicinsk kompetens"],
            },
        )
        assert list(value["at_least_one_member"]) == ["Medicinsk kompetens"]

    def test_an_empty_nomination_process_is_refused(self):
        with pytest.raises(StructBlockValidationError):
            clean(NominationProcessBlock(), {"intro": "", "groups": [], "leaving": ""})


class TestReferences:
    def test_a_legal_reference_needs_a_title(self):
        with pytest.raises(ValidationError):
            clean(
                LegalReferencesBlock(),
                {"items": [{"statute_id": "SOSFS 2011:9", "title": "", "url": ""}]},
            )

    def test_a_related_routine_needs_a_page_or_a_title(self):
        with pytest.raises(StructBlockValidationError) as excinfo:
            clean(RelatedRoutineBlock(), {"page": None, "title": "", "url": ""})
        assert "title" in errors_of(excinfo)

    def test_a_governing_document_cannot_end_before_it_starts(self, db):
        document = Document.objects.create(
            title="Samverkansavtal", file=ContentFile(b"avtal", name="avtal.txt")
        )
        with pytest.raises(StructBlockValidationError) as excinfo:
            clean(
                GoverningDocumentBlock(),
                {
                    "document": document.pk,
                    "title": "",
                    "kind": "agreement",
                    "status": "in_force",
                    "valid_from": "2024-01-01",
                    "valid_to": "2023-12-31",
                },
            )
        assert "valid_to" in errors_of(excinfo)


class TestAnchors:
    def test_two_sections_may_not_share_an_anchor(self):
        block = BodyStreamBlock()
        raw = [
            {
                "type": "section",
                "value": {"heading": "Bakgrund", "anchor": "", "body": "<p>a</p>"},
            },
            {
                "type": "section",
                "value": {"heading": "Bakgrund", "anchor": "", "body": "<p>b</p>"},
            },
        ]
        with pytest.raises(StreamBlockValidationError) as excinfo:
            block.clean(block.to_python(raw))
        assert list(excinfo.value.block_errors) == [1]

    def test_an_explicit_anchor_resolves_the_clash(self):
        block = BodyStreamBlock()
        raw = [
            {
                "type": "section",
                "value": {"heading": "Bakgrund", "anchor": "", "body": "<p>a</p>"},
            },
            {
                "type": "section",
                "value": {
                    "heading": "Bakgrund",
                    "anchor": "bakgrund-2",
                    "body": "<p>b</p>",
                },
            },
        ]
        value = block.clean(block.to_python(raw))
        assert [child.value.anchor() for child in value] == ["bakgrund", "bakgrund-2"]

    @pytest.mark.parametrize("anchor", ["om-organet", "andringslogg"])
    def test_anchors_of_the_page_templates_own_parts_are_reserved(self, anchor):
        block = BodyStreamBlock()
        raw = [
            {
                "type": "section",
                "value": {"heading": "X", "anchor": anchor, "body": "<p>a</p>"},
            }
        ]
        with pytest.raises(StreamBlockValidationError):
            block.clean(block.to_python(raw))

    @pytest.mark.parametrize("anchor", ["Bakgrund", "bak grund", "-start", "å"])
    def test_anchors_must_be_url_safe(self, anchor):
        block = BodyStreamBlock()
        raw = [
            {
                "type": "section",
                "value": {"heading": "X", "anchor": anchor, "body": "<p>a</p>"},
            }
        ]
        with pytest.raises(ValidationError):
            block.clean(block.to_python(raw))

    def test_default_anchor_is_derived_from_a_swedish_heading(self):
        block = BodyStreamBlock()
        raw = [
            {
                "type": "section",
                "value": {
                    "heading": "Sammansättning av ledamöter",
                    "anchor": "",
                    "body": "<p>a</p>",
                },
            }
        ]
        value = block.clean(block.to_python(raw))
        assert value[0].value.anchor() == "sammansattning-av-ledamoter"


def test_default_anchors_are_the_same_in_every_language():
    block = BodyStreamBlock()
    value = block.to_python([{"type": "composition", "value": composition(row())}])
    for language in ("sv", "en"):
        with translation.override(language):
            assert value[0].value.anchor() == "sammansattning"
