"""Demo register of representatives: member organisations of the three collaborations
and a handful of fictional people holding seats in their bodies, some with public
names and some without. The names are invented; the member organisations are those
the source documents name.

`load_representatives(pages)` takes the demo pages by key (DemoBuilder.pages) and is
safe to run again: records are found by name (member organisations by slug)."""

import datetime
from typing import NamedTuple

from pages.models import (
    Appointment,
    AppointmentRole,
    MemberOrganisation,
    MemberOrganisationKind,
    Person,
)

TERM_START = datetime.date(2025, 1, 1)
TERM_END = datetime.date(2028, 12, 31)


class Member(NamedTuple):
    slug: str
    name: str
    kind: str
    organisation_keys: tuple


class Seat(NamedTuple):
    person: str
    public: bool
    organisation_key: str  # the collaboration that keeps the person's record
    member_slug: str
    body_key: str
    role: str
    party: str = ""
    seat_group: str = ""
    term_from: datetime.date | None = TERM_START
    term_to: datetime.date | None = TERM_END


MEMBERS = [
    Member(
        "vastra-gotalandsregionen",
        "Västra Götalandsregionen",
        MemberOrganisationKind.REGION,
        ("vg",),
    ),
    Member(
        "goteborgs-stad", "Göteborgs stad", MemberOrganisationKind.MUNICIPALITY, ("vg",)
    ),
    Member(
        "fyrbodals-kommunalforbund",
        "Fyrbodals kommunalförbund",
        MemberOrganisationKind.OTHER,
        ("vg",),
    ),
    Member("primor", "Primör", MemberOrganisationKind.PROVIDER_ASSOCIATION, ("vg",)),
    Member(
        "region-halland", "Region Halland", MemberOrganisationKind.REGION, ("halland",)
    ),
    Member(
        "kungsbacka-kommun",
        "Kungsbacka kommun",
        MemberOrganisationKind.MUNICIPALITY,
        ("halland",),
    ),
    Member(
        "region-jonkopings-lan",
        "Region Jönköpings län",
        MemberOrganisationKind.REGION,
        ("jonkoping",),
    ),
    Member(
        "jonkopings-kommun",
        "Jönköpings kommun",
        MemberOrganisationKind.MUNICIPALITY,
        ("jonkoping",),
    ),
]

R = AppointmentRole
LEDNINGSRAD = "vg-ledningsrad"
SEATS = [
    # Ledningsråd Medicintekniska produkter: chair from VGK this period.
    Seat(
        "Karin Sjöberg",
        True,
        "vg",
        "goteborgs-stad",
        LEDNINGSRAD,
        R.CHAIR,
        "VGK",
        "Ordförande eller vice ordförande: kommunrepresentant",
    ),
    Seat(
        "Henrik Almqvist",
        True,
        "vg",
        "vastra-gotalandsregionen",
        LEDNINGSRAD,
        R.VICE_CHAIR,
        "VGR",
        "Ordförande eller vice ordförande: VGR-representant",
    ),
    Seat("Maria Ekholm", True, "vg", "goteborgs-stad", LEDNINGSRAD, R.MEMBER, "VGK"),
    Seat(
        "Johan Lindgren",
        False,
        "vg",
        "fyrbodals-kommunalforbund",
        LEDNINGSRAD,
        R.MEMBER,
        "VGK",
    ),
    Seat(
        "Sara Nordin",
        True,
        "vg",
        "vastra-gotalandsregionen",
        LEDNINGSRAD,
        R.MEMBER,
        "VGR",
        "Ledamöter från VGR",
    ),
    Seat(
        "Petra Wallin",
        False,
        "vg",
        "primor",
        LEDNINGSRAD,
        R.MEMBER,
        "VGR",
        "Ledamöter från VGR",
    ),
    Seat(
        "Lena Forsberg",
        True,
        "vg",
        "vastra-gotalandsregionen",
        LEDNINGSRAD,
        R.SECRETARY,
    ),
    # A term that has ended: not shown, not counted.
    Seat(
        "Olof Berglund",
        True,
        "vg",
        "goteborgs-stad",
        LEDNINGSRAD,
        R.MEMBER,
        "VGK",
        term_from=datetime.date(2021, 1, 1),
        term_to=datetime.date(2024, 12, 31),
    ),
    # Hjälpmedelsforum: Göteborgs stad's forum seats.
    Seat(
        "Maria Ekholm",
        True,
        "vg",
        "goteborgs-stad",
        "vg-hjalpmedelsforum",
        R.MEMBER,
        "Kommunerna",
    ),
    Seat(
        "Anders Holm",
        False,
        "vg",
        "goteborgs-stad",
        "vg-hjalpmedelsforum",
        R.MEMBER,
        "Kommunerna",
    ),
    # Halland: Hjälpmedelsråd, seats defined by role.
    Seat(
        "Eva Strand",
        True,
        "halland",
        "region-halland",
        "halland-hjalpmedelsrad",
        R.CHAIR,
        "Region Halland",
        "HMC",
    ),
    Seat(
        "Nils Bergqvist",
        False,
        "halland",
        "kungsbacka-kommun",
        "halland-hjalpmedelsrad",
        R.MEMBER,
        "Hallands kommuner",
        "Respektive kommun",
    ),
    # Jönköping: Styrgrupp för hjälpmedel.
    Seat(
        "Ingrid Dahl",
        True,
        "jonkoping",
        "jonkopings-kommun",
        "jonkoping-styrgrupp",
        R.CHAIR,
        "Kommunerna",
    ),
    Seat(
        "Mats Öberg",
        False,
        "jonkoping",
        "region-jonkopings-lan",
        "jonkoping-styrgrupp",
        R.MEMBER,
        "Regionen",
    ),
]


def load_representatives(pages):
    """Create or update the demo register; returns the number of appointments."""
    members = {}
    for spec in MEMBERS:
        member, _created = MemberOrganisation.objects.update_or_create(
            slug=spec.slug, defaults={"name": spec.name, "kind": spec.kind}
        )
        member.organisations.set([pages[key] for key in spec.organisation_keys])
        members[spec.slug] = member
    count = 0
    for seat in SEATS:
        person, _created = Person.objects.update_or_create(
            name=seat.person,
            organisation=pages[seat.organisation_key],
            defaults={"name_is_public": seat.public},
        )
        Appointment.objects.update_or_create(
            person=person,
            body=pages[seat.body_key],
            role=seat.role,
            defaults={
                "member_organisation": members[seat.member_slug],
                "party": seat.party,
                "seat_group": seat.seat_group,
                "term_from": seat.term_from,
                "term_to": seat.term_to,
            },
        )
        count += 1
    return count
