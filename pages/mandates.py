"""Who decides what: every mandate item of every body in an organisation, in one
table readers can sort and filter without JavaScript (vem-beslutar/)."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from governance_blocks.facts import body_facts

from .models.body import BodyLevel, BodyRole
from .queries import organisation_bodies, relative_url
from .versions import surrounding_context

MANDATE_ANCHOR = "mandat"


@dataclass(frozen=True)
class MandateRow:
    body_pk: int
    body_title: str
    body_url: str
    decision: str
    scope: str
    topic: str
    money_limit: int | None


@dataclass(frozen=True)
class BodySummary:
    pk: int
    title: str
    url: str
    level_label: str
    role_label: str
    facts: object


#: ?sort= values: (column heading, key). A leading "-" sorts descending.
COLUMNS = {
    "body": (_("Body"), lambda row: row.body_title.casefold()),
    "decision": (_("What may be decided"), lambda row: row.decision.casefold()),
    "scope": (_("Scope"), lambda row: row.scope.casefold()),
    "money": (_("Money limit"), lambda row: row.money_limit),
    "topic": (_("Topic"), lambda row: row.topic.casefold()),
}
DEFAULT_SORT = "body"


def mandate_rows(bodies, organisation_url, organisation):
    """MandateRows of the bodies' mandate blocks, in tree order, linked to the
    mandate section of each body's page."""
    rows = []
    for body in bodies:
        url = relative_url(organisation_url, organisation, body["url_path"])
        for child in body["content"]:
            if child.block_type != "mandate":
                continue
            anchor = child.value.anchor() or MANDATE_ANCHOR
            for item in child.value["items"]:
                rows.append(
                    MandateRow(
                        body_pk=body["pk"],
                        body_title=body["title"],
                        body_url=f"{url}#{anchor}",
                        decision=item.get("decision") or "",
                        scope=item.get("scope") or "",
                        topic=(item.get("topic") or "").strip(),
                        money_limit=item.get("money_limit"),
                    )
                )
    return rows


def parse_sort(value):
    """(column, descending) from ?sort=, the default for anything unknown."""
    value = value or DEFAULT_SORT
    descending = value.startswith("-")
    column = value.lstrip("-")
    if column not in COLUMNS:
        return DEFAULT_SORT, False
    return column, descending


def sort_rows(rows, column, descending):
    """Rows sorted by a column, stable; rows without a value last either way."""
    key = COLUMNS[column][1]
    present = [row for row in rows if key(row) not in (None, "")]
    missing = [row for row in rows if key(row) in (None, "")]
    return sorted(present, key=key, reverse=descending) + missing


def filter_rows(rows, body=None, topic=""):
    if body is not None:
        rows = [row for row in rows if row.body_pk == body]
    if topic:
        wanted = topic.casefold()
        rows = [row for row in rows if row.topic.casefold() == wanted]
    return rows


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def column_links(column, descending, filters):
    """[(key, heading, href, aria-sort or "")] for the table's headings: a heading
    sorts by its column, the sorted column's heading reverses the order."""
    links = []
    for key, (heading, _key) in COLUMNS.items():
        if key == column:
            sort_value = key if descending else f"-{key}"
            aria_sort = "descending" if descending else "ascending"
        else:
            sort_value, aria_sort = key, ""
        query = urlencode({**filters, "sort": sort_value})
        links.append((key, heading, f"?{query}", aria_sort))
    return links


def who_decides_view(organisation, request):
    organisation_url = organisation.get_url(request)
    bodies = organisation_bodies(organisation, "level", "role", "content")
    all_rows = mandate_rows(bodies, organisation_url, organisation)

    body_filter = _int_or_none(request.GET.get("body"))
    topic_filter = (request.GET.get("topic") or "").strip()
    column, descending = parse_sort(request.GET.get("sort"))
    rows = sort_rows(
        filter_rows(all_rows, body_filter, topic_filter), column, descending
    )
    filters = {}
    if body_filter is not None:
        filters["body"] = body_filter
    if topic_filter:
        filters["topic"] = topic_filter

    with_mandates = {row.body_pk for row in all_rows}
    level_labels, role_labels = dict(BodyLevel.choices), dict(BodyRole.choices)
    summaries = []
    for body in bodies:
        facts = body_facts(body["content"])
        if facts.has_public_facts:
            summaries.append(
                BodySummary(
                    pk=body["pk"],
                    title=body["title"],
                    url=relative_url(organisation_url, organisation, body["url_path"]),
                    level_label=level_labels.get(body["level"], body["level"]),
                    role_label=role_labels.get(body["role"], body["role"]),
                    facts=facts,
                )
            )
    context = surrounding_context(organisation, request)
    context.update(
        rows=rows,
        total_rows=len(all_rows),
        columns=column_links(column, descending, filters),
        body_choices=[
            (b["pk"], b["title"]) for b in bodies if b["pk"] in with_mandates
        ],
        topic_choices=sorted(
            {row.topic for row in all_rows if row.topic}, key=str.casefold
        ),
        body_filter=body_filter,
        topic_filter=topic_filter,
        sort=f"-{column}" if descending else column,
        is_filtered=bool(filters),
        summaries=summaries,
    )
    return TemplateResponse(request, "pages/organisation/who_decides.html", context)
