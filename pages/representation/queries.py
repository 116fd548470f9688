"""Reading the register: current holders of a body's seats matched against its
composition, a member organisation's seats across bodies, and the public bodies of
an organisation. Each function runs a fixed number of queries."""

from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Substr
from wagtail.models import Page

from ..models.representatives import Appointment, AppointmentRole, MemberOrganisation
from ..queries import restricted

#: Anchor of the seats section on a body page (reserved in BodyStreamBlock).
SEATS_ANCHOR = "ledamoter"
#: Order in which holders are listed within a seat row: chair first.
ROLE_ORDER = {role: index for index, role in enumerate(AppointmentRole.values)}


def unpublished_ancestor(path="path"):
    """SQL condition: a page above the one whose tree path is in `path` is not live
    (readers cannot reach a page below an unpublished one)."""
    return Exists(
        Page.objects.filter(
            live=False,
            depth__gt=1,
            path=Substr(OuterRef(path), 1, F("depth") * Page.steplen),
        ).exclude(path=OuterRef(path))
    )


def public_bodies(organisation):
    """Live body pages below `organisation` (in its language) that readers can
    reach: not private, no unpublished page above them. In tree order.

    (The model is looked up by name: BodyPage's module uses this one.)"""
    body_model = apps.get_model("pages", "BodyPage")
    return (
        body_model.objects.live()
        .descendant_of(organisation)
        .filter(locale_id=organisation.locale_id)
        .filter(~restricted(), ~unpublished_ancestor())
        .order_by("path")
    )


def current_appointments():
    """Current appointments with their person and member organisation."""
    return (
        Appointment.objects.current()
        .select_related("person", "member_organisation")
        .order_by("term_from", "pk")
    )


def member_organisations_of(organisation):
    """The member organisations of a collaboration (any translation of its page)."""
    return MemberOrganisation.objects.filter(
        organisations__translation_key=organisation.translation_key
    ).distinct()


# ---------- Holders and seats ----------


@dataclass(frozen=True)
class Holder:
    """An appointment as readers see it: the name only when it is public."""

    appointment: Appointment

    @property
    def name(self):
        person = self.appointment.person
        return person.name if person.name_is_public else ""

    @property
    def member_organisation(self):
        return self.appointment.member_organisation

    @property
    def role_label(self):
        return self.appointment.get_role_display()

    @property
    def term_from(self):
        return self.appointment.term_from

    @property
    def term_to(self):
        return self.appointment.term_to


@dataclass
class SeatRow:
    """One composition row with the holders matched to its seats. `members` and
    `deputies` are the seats (None: not given as a number)."""

    party: str
    group: str
    members: int | None
    deputies: int | None
    anchor: str = ""
    member_holders: list = field(default_factory=list)
    deputy_holders: list = field(default_factory=list)

    @property
    def holders(self):
        return [*self.member_holders, *self.deputy_holders]

    @property
    def members_filled(self):
        return len(self.member_holders)

    @property
    def deputies_filled(self):
        return len(self.deputy_holders)

    @property
    def member_vacancies(self):
        if self.members is None:
            return 0
        return max(self.members - self.members_filled, 0)

    @property
    def deputy_vacancies(self):
        if self.deputies is None:
            return 0
        return max(self.deputies - self.deputies_filled, 0)

    def free(self, deputy):
        seats = self.deputies if deputy else self.members
        filled = self.deputies_filled if deputy else self.members_filled
        return seats is not None and filled < seats


@dataclass
class BodySeats:
    """The seats of a body: rows of its composition with their holders, and the
    holders not matched to a row (secretaries, co-opted participants, and seats
    whose party or group is not in the composition)."""

    rows: list
    other_holders: list

    @property
    def members(self):
        return sum(row.members or 0 for row in self.rows)

    @property
    def members_filled(self):
        return sum(row.members_filled for row in self.rows if row.members is not None)

    @property
    def deputies(self):
        return sum(row.deputies or 0 for row in self.rows)

    @property
    def deputies_filled(self):
        return sum(row.deputies_filled for row in self.rows if row.deputies is not None)

    @property
    def vacancies(self):
        return [
            row for row in self.rows if row.member_vacancies or row.deputy_vacancies
        ]

    def is_empty(self):
        return not self.rows and not self.other_holders


def composition_rows(page):
    """SeatRows of every composition section on a body page, in order."""
    rows = []
    for child in page.content:
        if child.block_type != "composition":
            continue
        for row in child.value["rows"]:
            rows.append(
                SeatRow(
                    party=row["party"] or "",
                    group=row["group"],
                    members=row["members"],
                    deputies=row["deputies"],
                    anchor=child.value.anchor(),
                )
            )
    return rows


def _same(a, b):
    return a.strip().casefold() == b.strip().casefold()


def match_seats(rows, appointments):
    """BodySeats: each appointment that fills a seat goes to the row naming its
    representative group, else to the first row of its party with a free seat, else
    (without a party) to the first row without a party with a free seat."""
    holders = sorted(
        (Holder(a) for a in appointments),
        key=lambda h: ROLE_ORDER.get(h.appointment.role, len(ROLE_ORDER)),
    )
    others = []
    # Appointments naming their row first, so they are not crowded out by the rest.
    holders.sort(key=lambda h: not h.appointment.seat_group)
    for holder in holders:
        appointment = holder.appointment
        deputy = appointment.fills_deputy_seat()
        if not (deputy or appointment.fills_member_seat()):
            others.append(holder)
            continue
        row = _row_for(rows, appointment, deputy)
        if row is None:
            others.append(holder)
        elif deputy:
            row.deputy_holders.append(holder)
        else:
            row.member_holders.append(holder)
    return BodySeats(rows=rows, other_holders=others)


def _row_for(rows, appointment, deputy):
    if appointment.seat_group:
        for row in rows:
            if _same(row.group, appointment.seat_group) and (
                not appointment.party or _same(row.party, appointment.party)
            ):
                return row
        return None
    for row in rows:
        if _same(row.party, appointment.party) and row.free(deputy):
            return row
    return None


def body_seats(page):
    """The seats of a body page (any translation) and their current holders."""
    appointments = current_appointments().filter(
        body__translation_key=page.translation_key
    )
    return match_seats(composition_rows(page), appointments)


# ---------- Where a member organisation is represented ----------


@dataclass
class Representation:
    body: object  # BodyPage
    holders: list


def representation(member, organisation):
    """[Representation] of `member` in the public bodies of `organisation` (in the
    organisation page's language), in the bodies' tree order."""
    appointments = list(
        current_appointments()
        .filter(member_organisation=member)
        .annotate(body_key=F("body__translation_key"))
    )
    bodies = {
        body.translation_key: body
        for body in public_bodies(organisation).filter(
            translation_key__in={a.body_key for a in appointments}
        )
    }
    by_body = {}
    for appointment in appointments:
        body = bodies.get(appointment.body_key)
        if body is not None:
            by_body.setdefault(body, []).append(Holder(appointment))
    ordered = sorted(by_body.items(), key=lambda item: item[0].path)
    return [
        Representation(
            body=body,
            holders=sorted(
                holders,
                key=lambda h: ROLE_ORDER.get(h.appointment.role, len(ROLE_ORDER)),
            ),
        )
        for body, holders in ordered
    ]
