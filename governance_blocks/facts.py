"""Governance facts derived from what a body's texts state: its total seats, the
quorum its stated rule gives, and whether a total stated in the text matches the
composition rows.

Pure functions on block values (or plain dicts shaped like them); nothing here reads
the database. A rule the functions do not recognise derives nothing: a reader then
sees the text alone, never a guess.
"""

import math
import re
from dataclasses import dataclass, field
from fractions import Fraction

from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

#: Words for "at least this share of the members", longest phrases first.
_SHARES = [
    (r"mer än hälften|more than half|majoritet(?:en)?|a majority|majority", "majority"),
    (r"två tredjedelar|two[- ]thirds", Fraction(2, 3)),
    (r"tre fjärdedelar|three[- ]quarters", Fraction(3, 4)),
    (r"hälften|half", Fraction(1, 2)),
]
#: Words saying the share counts within each party rather than in the whole body.
_PER_PARTY = re.compile(
    r"vardera part|varje part|båda parter|respektive|each party|each of the parties|"
    r"both parties|of each side|per part",
    re.IGNORECASE,
)
#: "Totalt 12 deltagare", "12 ledamöter:", "a total of 12 members".
_SEAT_WORDS = (
    r"ledamöter|deltagare|representanter|personer|members|participants|"
    r"representatives|seats|platser"
)
_STATED_TOTAL = [
    re.compile(
        rf"(?:totalt|sammanlagt|in total|a total of|total of)\D{{0,40}}?(\d+)\s+"
        rf"(?:{_SEAT_WORDS})",
        re.IGNORECASE,
    ),
    re.compile(rf"(?:^|[.:]\s+)(\d+)\s+(?:{_SEAT_WORDS})\s*:", re.IGNORECASE),
]


@dataclass(frozen=True)
class QuorumRule:
    """A quorum rule as stated: a share of the appointed members, counted in the
    whole body or within each party."""

    share: Fraction | str  # a Fraction ("at least"), or "majority" (more than half)
    per_party: bool

    def required(self, seats):
        """The fewest members present that satisfy the rule, of `seats`."""
        if self.share == "majority":
            return seats // 2 + 1
        return math.ceil(seats * self.share)


@dataclass(frozen=True)
class QuorumRequirement:
    """How many must be present: [(party, required, of seats)]; party is "" for the
    whole body."""

    rule: QuorumRule
    parts: list = field(default_factory=list)

    def __str__(self):
        """'at least 3 of the 6 from VGK and at least 3 of the 6 from VGR'."""
        if len(self.parts) == 1 and not self.parts[0][0]:
            _party, required, seats = self.parts[0]
            return ngettext(
                "at least %(required)s of the %(seats)s appointed member",
                "at least %(required)s of the %(seats)s appointed members",
                seats,
            ) % {"required": required, "seats": seats}
        texts = [
            _("at least %(required)s of the %(seats)s from %(party)s")
            % {"required": required, "party": party, "seats": seats}
            for party, required, seats in self.parts
        ]
        return get_text_list(texts, _("and"))


@dataclass
class BodyFacts:
    """What can be derived from one body's composition and working forms."""

    total_members: int | None = None
    total_deputies: int | None = None
    seats_by_party: list = field(default_factory=list)
    has_role_based_seats: bool = False
    stated_total: int | None = None
    quorum: QuorumRequirement | None = None

    @property
    def total_mismatch(self):
        return (
            self.stated_total is not None
            and self.total_members is not None
            and self.stated_total != self.total_members
        )

    @property
    def has_public_facts(self):
        return self.total_members is not None or self.quorum is not None


def parse_quorum_rule(text):
    """The rule in a quorum text, or None when it states no recognisable share.

    >>> parse_quorum_rule("minst hälften av vardera partens utsedda ledamöter")
    QuorumRule(share=Fraction(1, 2), per_party=True)
    """
    if not text:
        return None
    lowered = text.lower()
    for pattern, share in _SHARES:
        if re.search(pattern, lowered):
            return QuorumRule(share=share, per_party=bool(_PER_PARTY.search(lowered)))
    return None


def stated_total_in_text(text):
    """The total number of seats a text states ('Totalt ska det vara 12 deltagare',
    '12 ledamöter: 1 ordförande, …'), or None."""
    if not text:
        return None
    for pattern in _STATED_TOTAL:
        match = pattern.search(text)
        if match:
            return int(match.group(1))
    return None


def _rows(composition):
    return list(composition.get("rows") or [])


def seats_by_party(rows):
    """[(party, members or None when some of its seats are defined by role)] in the
    order parties first appear."""
    totals = {}
    for row in rows:
        party = row.get("party") or ""
        members = row.get("members")
        current = totals.get(party, 0)
        totals[party] = (
            None if current is None or members is None else current + members
        )
    return list(totals.items())


def quorum_requirement(rule, rows):
    """What `rule` requires of the seats in `rows`, or None when the seats do not
    give a number (seats defined by role, or a per-party rule without parties)."""
    if rule is None or not rows:
        return None
    if rule.per_party:
        parties = seats_by_party(rows)
        if len(parties) < 2 or any(not p or seats is None for p, seats in parties):
            return None
        parts = [(party, rule.required(seats), seats) for party, seats in parties]
    else:
        if any(row.get("members") is None for row in rows):
            return None
        seats = sum(row["members"] for row in rows)
        parts = [("", rule.required(seats), seats)]
    return QuorumRequirement(rule=rule, parts=parts)


def body_facts(stream_value):
    """BodyFacts from a body's stream (its first composition and working-forms
    blocks), given as a StreamValue or a list of (block_type, value) pairs."""
    composition = working_forms = None
    for child in stream_value:
        block_type, value = (
            (child.block_type, child.value) if hasattr(child, "block_type") else child
        )
        if block_type == "composition" and composition is None:
            composition = value
        elif block_type == "working_forms" and working_forms is None:
            working_forms = value
    facts = BodyFacts()
    if composition is not None:
        rows = _rows(composition)
        facts.has_role_based_seats = any(row.get("members") is None for row in rows)
        facts.total_members = sum(row.get("members") or 0 for row in rows)
        if any(row.get("deputies") is not None for row in rows):
            facts.total_deputies = sum(row.get("deputies") or 0 for row in rows)
        parties = seats_by_party(rows)
        if len(parties) > 1:
            facts.seats_by_party = parties
        facts.stated_total = composition.get("stated_total")
        if facts.stated_total is None:
            facts.stated_total = stated_total_in_text(composition.get("intro"))
        if working_forms is not None:
            facts.quorum = quorum_requirement(
                parse_quorum_rule(working_forms.get("quorum")), rows
            )
    return facts
