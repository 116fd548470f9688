"""Governance facts derived from a body's texts: seats, quorum, stated totals."""

from fractions import Fraction

import pytest
from django.utils import translation

from governance_blocks.facts import (
    QuorumRule,
    body_facts,
    parse_quorum_rule,
    quorum_requirement,
    stated_total_in_text,
)
from governance_blocks.stream import BodyStreamBlock


def row(members, party="", deputies=None, role=""):
    return {
        "party": party,
        "group": f"Ledamöter {party}",
        "members": members,
        "deputies": deputies,
        "defined_by_role": role,
    }


FIVE_AND_FIVE = [row(5, "Kommunerna"), row(5, "VGR")]


@pytest.mark.parametrize(
    ("text", "share", "per_party"),
    [
        (
            "Beslutsför när minst hälften av vardera partens utsedda ledamöter är "
            "närvarande.",
            Fraction(1, 2),
            True,
        ),
        (
            "Beslut kan fattas när minst hälften av de utsedda representanterna från "
            "VGR respektive VGK närvarar.",
            Fraction(1, 2),
            True,
        ),
        (
            "Beslutsförhet föreligger när hälften av ledamöterna deltar.",
            Fraction(1, 2),
            False,
        ),
        (
            "At least half of each party's appointed representatives.",
            Fraction(1, 2),
            True,
        ),
        ("Mer än hälften av ledamöterna ska vara närvarande.", "majority", False),
        ("Two thirds of the members must attend.", Fraction(2, 3), False),
    ],
)
def test_quorum_rules_are_read_from_the_text(text, share, per_party):
    assert parse_quorum_rule(text) == QuorumRule(share=share, per_party=per_party)


@pytest.mark.parametrize("text", ["", None, "Ordföranden avgör om mötet kan hållas."])
def test_a_text_without_a_share_gives_no_rule(text):
    assert parse_quorum_rule(text) is None


def test_half_of_each_party_with_five_and_five_seats_is_three_from_each():
    rule = QuorumRule(share=Fraction(1, 2), per_party=True)
    requirement = quorum_requirement(rule, FIVE_AND_FIVE)
    assert requirement.parts == [("Kommunerna", 3, 5), ("VGR", 3, 5)]
    with translation.override("en"):
        assert str(requirement) == (
            "at least 3 of the 5 from Kommunerna and at least 3 of the 5 from VGR"
        )
    with translation.override("sv"):
        assert str(requirement) == (
            "minst 3 av de 5 från Kommunerna och minst 3 av de 5 från VGR"
        )


@pytest.mark.parametrize(
    ("rule", "rows", "required"),
    [
        (QuorumRule(Fraction(1, 2), False), FIVE_AND_FIVE, 5),
        (QuorumRule("majority", False), FIVE_AND_FIVE, 6),
        (QuorumRule("majority", False), [row(9)], 5),
        (QuorumRule(Fraction(2, 3), False), [row(7)], 5),
        (QuorumRule(Fraction(1, 2), False), [row(7)], 4),
    ],
)
def test_quorum_of_the_whole_body(rule, rows, required):
    assert quorum_requirement(rule, rows).parts == [
        ("", required, sum(r["members"] for r in rows))
    ]


def test_quorum_needs_numbers_and_parties():
    per_party = QuorumRule(Fraction(1, 2), True)
    # Per party, but the rows name no parties.
    assert quorum_requirement(per_party, [row(5), row(5)]) is None
    # Seats of one party defined by role ("all heads of social services").
    assert (
        quorum_requirement(
            per_party,
            [row(5, "VGR"), row(None, "Kommunerna", role="Alla socialchefer")],
        )
        is None
    )
    whole = QuorumRule(Fraction(1, 2), False)
    assert (
        quorum_requirement(whole, [row(5), row(None, role="Alla socialchefer")]) is None
    )


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "Totalt ska det vara 12 deltagare varav 1 ordförande, 1 vice ordförande "
            "samt 10 ledamöter.",
            12,
        ),
        ("12 ledamöter: 1 ordförande, 1 vice ordförande, 10 ledamöter", 12),
        ("The council has a total of 9 members.", 9),
        ("Rådet består av representanter för kommunerna.", None),
        ("", None),
    ],
)
def test_stated_total_in_text(text, total):
    assert stated_total_in_text(text) == total


def stream(*blocks):
    return BodyStreamBlock().to_python(
        [{"type": name, "value": value} for name, value in blocks]
    )


def test_body_facts_from_a_stream():
    facts = body_facts(
        stream(
            ("composition", {"rows": [dict(r, deputies=2) for r in FIVE_AND_FIVE]}),
            (
                "working_forms",
                {"quorum": "Minst hälften av vardera partens ledamöter."},
            ),
        )
    )
    assert facts.total_members == 10
    assert facts.total_deputies == 4
    assert facts.seats_by_party == [("Kommunerna", 5), ("VGR", 5)]
    assert [part[1] for part in facts.quorum.parts] == [3, 3]
    assert not facts.total_mismatch


def test_a_stated_total_that_differs_from_the_rows_is_a_mismatch():
    stated_in_field = body_facts(
        stream(("composition", {"rows": FIVE_AND_FIVE, "stated_total": 12}))
    )
    assert stated_in_field.stated_total == 12
    assert stated_in_field.total_mismatch
    stated_in_text = body_facts(
        stream(
            (
                "composition",
                {
                    "intro": "12 ledamöter: 1 ordförande, 1 vice ordförande, "
                    "10 ledamöter",
                    "rows": FIVE_AND_FIVE,
                },
            )
        )
    )
    assert stated_in_text.total_mismatch
    matching = body_facts(
        stream(
            ("composition", {"rows": [row(6, "A"), row(6, "B")], "stated_total": 12})
        )
    )
    assert not matching.total_mismatch


def test_no_composition_derives_nothing():
    facts = body_facts(stream(("working_forms", {"quorum": "Hälften av ledamöterna."})))
    assert facts.total_members is None
    assert facts.quorum is None
    assert not facts.has_public_facts
    assert not facts.total_mismatch
