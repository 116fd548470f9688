"""An organisation's chart, computed from its bodies' relations on every request.

The bodies' "reports to" lines make a forest; the political level is drawn above the
officials' level, each body one row below the body it reports to. The drawing is an
inline SVG laid out here (no JavaScript, no system binary); the same forest is
rendered as a nested list for screen readers, narrow screens and anyone who prefers
text.
"""

import textwrap
from dataclasses import dataclass, field

from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from .models.body import BodyLevel, BodyRole
from .queries import relative_url, reports_and_assignments
from .versions import surrounding_context

#: Geometry of the drawing, in SVG user units (CSS pixels at 100 %).
BOX_WIDTH = 160
BOX_HEIGHT = 62
GAP_X = 18
GAP_Y = 54
MARGIN = 16
BAND_LABEL = 30
BAND_PADDING = 14
#: Four boxes fit the text column (46rem) at 100 % without scaling.
MAX_PER_ROW = 4
CHARS_PER_LINE = 21
MAX_LINES = 3
LINE_HEIGHT = 15

LEVEL_ORDER = [BodyLevel.POLITICAL, BodyLevel.OFFICIALS]


@dataclass
class ChartBody:
    """One body in the chart: what the drawing and the list show of it."""

    pk: int
    title: str
    url: str
    level: str
    level_label: str
    role_label: str
    reports_to: int | None = None
    assignments_from: int | None = None
    #: The body it hangs under in the chart: the one it reports to, else the one
    #: that gives it assignments, else the body whose page it sits under.
    parent: int | None = None
    children: list = field(default_factory=list)
    # Layout
    row: int = 0
    x: int = 0
    y: int = 0
    lines: list = field(default_factory=list)

    @property
    def center_x(self):
        return self.x + BOX_WIDTH // 2

    @property
    def text_x(self):
        return self.center_x

    #: The ChartBody of assignments_from, when it is in the chart.
    assignment_giver: "ChartBody | None" = None

    @property
    def shows_assignments_separately(self):
        return self.assignment_giver is not None and (
            self.assignments_from != self.parent
        )


@dataclass(frozen=True)
class Edge:
    kind: str  # "reports" or "assignments"
    source: ChartBody  # the body that reports or gets assignments
    target: ChartBody
    path: str


@dataclass(frozen=True)
class Band:
    label: str
    y: int
    height: int


@dataclass
class OrgChart:
    bodies: dict
    roots: list
    edges: list
    bands: list
    width: int
    height: int

    def boxes(self):
        return sorted(self.bodies.values(), key=lambda body: (body.row, body.x))

    @property
    def is_empty(self):
        return not self.bodies


def _resolve(pk, key, bodies, by_key):
    """A related body's id within the chart: itself, or (for a translation whose
    link still points at the source-language page) the chart's body with the same
    translation key."""
    if pk in bodies:
        return pk
    return by_key.get(key)


def build_chart(rows, url_for):
    """An OrgChart from `rows`: dicts with pk, title, level, role, path, and the
    related ids and translation keys (queries.reports_and_assignments); `url_for`
    gives a body's address from its row."""
    level_labels = dict(BodyLevel.choices)
    role_labels = dict(BodyRole.choices)
    bodies = {}
    by_key = {}
    by_path = {}
    for row in rows:
        body = ChartBody(
            pk=row["pk"],
            title=row["title"],
            url=url_for(row),
            level=row["level"],
            level_label=level_labels.get(row["level"], row["level"]),
            role_label=role_labels.get(row["role"], row["role"]),
        )
        bodies[body.pk] = body
        by_key[row["translation_key"]] = body.pk
        by_path[row["path"]] = body.pk
    for row in rows:
        body = bodies[row["pk"]]
        body.reports_to = _resolve(
            row["reports_to_id"], row["reports_to_key"], bodies, by_key
        )
        body.assignments_from = _resolve(
            row["assignments_from_id"], row["assignments_from_key"], bodies, by_key
        )
        if body.assignments_from is not None:
            body.assignment_giver = bodies[body.assignments_from]
        parent_page = by_path.get(row["path"][: -Page.steplen])
        for candidate in (body.reports_to, body.assignments_from, parent_page):
            if candidate is not None and candidate != body.pk:
                body.parent = candidate
                break
    _break_cycles(bodies)
    roots = []
    for body in bodies.values():  # rows come in tree order
        if body.parent is None:
            roots.append(body)
        else:
            bodies[body.parent].children.append(body)
    chart = OrgChart(bodies=bodies, roots=roots, edges=[], bands=[], width=0, height=0)
    _layout(chart)
    return chart


def _break_cycles(bodies):
    """Bodies that report to each other in a circle: the first one met becomes a
    root, so every body appears once."""
    for body in bodies.values():
        seen = {body.pk}
        current = body
        while current.parent is not None:
            if current.parent in seen:
                current.parent = None
                break
            seen.add(current.parent)
            current = bodies[current.parent]


def _depth_within_level(body, bodies):
    depth = 0
    current = body
    while current.parent is not None and bodies[current.parent].level == body.level:
        depth += 1
        current = bodies[current.parent]
    return depth


def _in_tree_order(roots):
    order = []
    stack = list(reversed(roots))
    while stack:
        body = stack.pop()
        order.append(body)
        stack.extend(reversed(body.children))
    return order


def _layout(chart):
    """Rows: each level's bodies by their depth under bodies of the same level,
    political rows first; long rows wrap after MAX_PER_ROW boxes. Then the edges."""
    ordered = _in_tree_order(chart.roots)
    rows_by_level = {}
    for body in ordered:
        depth = _depth_within_level(body, chart.bodies)
        rows_by_level.setdefault(body.level, {}).setdefault(depth, []).append(body)
    levels = [level for level in LEVEL_ORDER if level in rows_by_level]
    levels += [level for level in rows_by_level if level not in levels]
    label_for = dict(BodyLevel.choices)

    lines = []  # [(level, [bodies])] one per drawn row
    for level in levels:
        for depth in sorted(rows_by_level[level]):
            row = rows_by_level[level][depth]
            for start in range(0, len(row), MAX_PER_ROW):
                lines.append((level, row[start : start + MAX_PER_ROW]))
    widest = max((len(line) for _level, line in lines), default=0)
    chart.width = 2 * MARGIN + widest * BOX_WIDTH + max(widest - 1, 0) * GAP_X

    y = MARGIN
    current_level = None
    band_start = y
    for index, (level, line) in enumerate(lines):
        if level != current_level:
            if current_level is not None:
                end = y - GAP_Y + BAND_PADDING
                chart.bands.append(
                    Band(label_for.get(current_level, ""), band_start, end - band_start)
                )
                y = end + GAP_Y // 2
            band_start = y
            y += BAND_LABEL
            current_level = level
        line_width = len(line) * BOX_WIDTH + (len(line) - 1) * GAP_X
        x = (chart.width - line_width) // 2
        for body in line:
            body.row, body.x, body.y = index, x, y
            wrapped = _wrap(body.title)
            first = y + (BOX_HEIGHT - len(wrapped) * LINE_HEIGHT) // 2 + LINE_HEIGHT - 3
            body.lines = [
                (first + number * LINE_HEIGHT, text)
                for number, text in enumerate(wrapped)
            ]
            x += BOX_WIDTH + GAP_X
        y += BOX_HEIGHT + GAP_Y
    if current_level is not None:
        y = y - GAP_Y + BAND_PADDING
        chart.bands.append(
            Band(label_for.get(current_level, ""), band_start, y - band_start)
        )
    chart.height = y + MARGIN
    chart.edges = _edges(chart.bodies)


def _wrap(title):
    lines = textwrap.wrap(title, CHARS_PER_LINE) or [""]
    if len(lines) > MAX_LINES:
        lines = lines[:MAX_LINES]
        lines[-1] = lines[-1][: CHARS_PER_LINE - 1].rstrip() + "…"
    return lines


def _edges(bodies):
    edges = []
    for body in bodies.values():
        links = [("reports", body.reports_to), ("assignments", body.assignments_from)]
        both = body.reports_to is not None and body.reports_to == body.assignments_from
        for kind, target_pk in links:
            if target_pk is None or target_pk == body.pk:
                continue
            offset = (-5 if kind == "reports" else 5) if both else 0
            target = bodies[target_pk]
            edges.append(Edge(kind, body, target, _path(body, target, offset)))
    return edges


def _path(source, target, offset):
    """A line from the body to the one it reports to or gets assignments from:
    upwards from the top of the box when the other body is in a higher row,
    sideways within a row, downwards otherwise."""
    sx, tx = source.center_x + offset, target.center_x + offset
    if target.y < source.y:
        return _curve(sx, source.y, tx, target.y + BOX_HEIGHT)
    if target.y == source.y:
        y = source.y + BOX_HEIGHT // 2 + offset
        if target.x > source.x:
            return f"M{source.x + BOX_WIDTH:.0f},{y:.0f} L{target.x:.0f},{y:.0f}"
        return f"M{source.x:.0f},{y:.0f} L{target.x + BOX_WIDTH:.0f},{y:.0f}"
    return _curve(sx, source.y + BOX_HEIGHT, tx, target.y)


def _curve(x1, y1, x2, y2):
    middle = (y1 + y2) // 2
    return (
        f"M{x1:.0f},{y1:.0f} "
        f"C{x1:.0f},{middle:.0f} {x2:.0f},{middle:.0f} {x2:.0f},{y2:.0f}"
    )


LEGEND = [
    ("reports", _("Reports to")),
    ("assignments", _("Gets assignments from")),
]


def org_chart_view(organisation, request):
    """The organisation's chart page (organisationsschema/)."""
    organisation_url = organisation.get_url(request)
    chart = build_chart(
        reports_and_assignments(organisation),
        lambda row: relative_url(organisation_url, organisation, row["url_path"]),
    )
    context = surrounding_context(organisation, request)
    context.update(
        chart=chart,
        legend=LEGEND,
        box_width=BOX_WIDTH,
        box_height=BOX_HEIGHT,
        line_height=LINE_HEIGHT,
    )
    return TemplateResponse(request, "pages/organisation/org_chart.html", context)
