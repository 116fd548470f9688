"""Open data of one collaboration organisation, in the language of its page:

- Popolo JSON (https://www.popoloproject.com/specs/): organizations (the
  collaboration, its public bodies and its member organisations), posts (the seats of
  each composition row), persons (only those whose name is public) and memberships
  (current appointments; without person_id where the name is not public).
- CSV of the composition tables, one line per composition row.
- CSV of the mandates, one line per mandate item, the money limit as a number.

Only live bodies readers can reach are exported (pages.representation.queries
.public_bodies), as published: a draft or unpublished change never appears."""

import csv
import io

from django.db.models import F
from django.utils.translation import gettext as _

from .queries import (
    composition_rows,
    current_appointments,
    match_seats,
    member_organisations_of,
    public_bodies,
)

# ---------- Identifiers (the same in every language) ----------


def organisation_id(page):
    return f"organisation-{page.translation_key}"


def body_id(body):
    return f"body-{body.translation_key}"


def member_id(member):
    return f"member-{member.slug}"


def person_id(person):
    return f"person-{person.pk}"


def post_id(body, index):
    return f"{body_id(body)}-seat-{index}"


def _date(value):
    return value.isoformat() if value else None


def _bodies_with_seats(organisation):
    """[(body, BodySeats)] of the organisation's public bodies: three queries."""
    bodies = list(public_bodies(organisation).specific())
    appointments = (
        current_appointments()
        .filter(body__translation_key__in=[body.translation_key for body in bodies])
        .annotate(body_key=F("body__translation_key"))
    )
    by_key = {}
    for appointment in appointments:
        by_key.setdefault(appointment.body_key, []).append(appointment)
    return [
        (
            body,
            match_seats(composition_rows(body), by_key.get(body.translation_key, [])),
        )
        for body in bodies
    ]


# ---------- Popolo ----------


def popolo(organisation, request):
    """The Popolo document of a collaboration organisation, as a dict."""
    bodies = _bodies_with_seats(organisation)
    body_ids = {body.pk: body_id(body) for body, _seats in bodies}
    ids_by_path = {body.path: body_ids[body.pk] for body, _seats in bodies}
    organizations = [
        {
            "id": organisation_id(organisation),
            "name": organisation.title,
            "classification": "collaboration",
            "links": [{"url": organisation.get_full_url(request)}],
        }
    ]
    posts, memberships, persons = [], [], {}
    for body, seats in bodies:
        organizations.append(
            {
                "id": body_ids[body.pk],
                "name": body.title,
                "classification": body.form,
                "parent_id": ids_by_path.get(
                    body.path[: -body.steplen], organisation_id(organisation)
                ),
                "links": [{"url": body.get_full_url(request)}],
            }
        )
        row_posts = {}
        for index, row in enumerate(seats.rows, start=1):
            post = {
                "id": post_id(body, index),
                "label": row.group,
                "role": _("Member"),
                "organization_id": body_ids[body.pk],
                "seats": row.members,
                "deputy_seats": row.deputies,
            }
            if row.party:
                post["party"] = row.party
            posts.append(post)
            for holder in row.holders:
                row_posts[holder.appointment.pk] = post["id"]
        holders = [h for row in seats.rows for h in row.holders] + seats.other_holders
        for holder in holders:
            appointment = holder.appointment
            membership = {
                "id": f"membership-{appointment.pk}",
                "organization_id": body_ids[body.pk],
                "on_behalf_of_id": member_id(appointment.member_organisation),
                "role": holder.role_label,
                "label": f"{holder.role_label}, {body.title}",
                "start_date": _date(appointment.term_from),
                "end_date": _date(appointment.term_to),
            }
            if appointment.pk in row_posts:
                membership["post_id"] = row_posts[appointment.pk]
            if holder.name:
                membership["person_id"] = person_id(appointment.person)
                persons[appointment.person.pk] = {
                    "id": person_id(appointment.person),
                    "name": holder.name,
                }
            memberships.append(membership)
    organizations += [
        {
            "id": member_id(member),
            "name": member.name,
            "classification": member.kind,
        }
        for member in member_organisations_of(organisation)
    ]
    return {
        "organizations": organizations,
        "posts": posts,
        "persons": list(persons.values()),
        "memberships": memberships,
    }


# ---------- CSV ----------

COMPOSITION_COLUMNS = [
    "organisation",
    "body",
    "body_id",
    "body_url",
    "section",
    "party",
    "group",
    "members",
    "deputies",
    "of_which_count",
    "of_which_label",
    "defined_by_role",
    "appointed_by",
    "note",
    "members_filled",
    "deputies_filled",
]
MANDATE_COLUMNS = [
    "organisation",
    "body",
    "body_id",
    "body_url",
    "section",
    "decision",
    "scope",
    "topic",
    "money_limit_sek",
]


def composition_csv(organisation, request):
    """One line per composition row of the organisation's public bodies."""
    lines = []
    for body, seats in _bodies_with_seats(organisation):
        filled = iter(seats.rows)
        for child in _blocks(body, "composition"):
            for row in child.value["rows"]:
                seat_row = next(filled)
                lines.append(
                    {
                        **_body_columns(organisation, body, request),
                        "section": child.value.heading_text(),
                        "party": row["party"],
                        "group": row["group"],
                        "members": row["members"],
                        "deputies": row["deputies"],
                        "of_which_count": row["of_which_count"],
                        "of_which_label": row["of_which_label"],
                        "defined_by_role": row["defined_by_role"],
                        "appointed_by": row["appointed_by"],
                        "note": row["note"],
                        "members_filled": seat_row.members_filled,
                        "deputies_filled": seat_row.deputies_filled,
                    }
                )
    return _csv(COMPOSITION_COLUMNS, lines)


def mandate_csv(organisation, request):
    """One line per mandate item of the organisation's public bodies."""
    lines = []
    for body in public_bodies(organisation).specific():
        for child in _blocks(body, "mandate"):
            for item in child.value["items"]:
                lines.append(
                    {
                        **_body_columns(organisation, body, request),
                        "section": child.value.heading_text(),
                        "decision": item["decision"],
                        "scope": item["scope"],
                        "topic": item["topic"],
                        "money_limit_sek": item["money_limit"],
                    }
                )
    return _csv(MANDATE_COLUMNS, lines)


def _blocks(body, block_type):
    return [child for child in body.content if child.block_type == block_type]


def _body_columns(organisation, body, request):
    return {
        "organisation": organisation.title,
        "body": body.title,
        "body_id": body_id(body),
        "body_url": body.get_full_url(request),
    }


def _csv(columns, lines):
    """CSV text: a header line, then the lines; None as an empty field."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    for line in lines:
        writer.writerow({k: "" if v is None else v for k, v in line.items()})
    return out.getvalue()
