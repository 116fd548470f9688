"""The vocabulary the demo data is written in: page specs and block-value helpers.

The data modules describe pages declaratively; `builder.py` turns them into published
Wagtail pages. Block values are written in StreamField's JSON shape
(`{"type": ..., "value": {...}}`), so StructBlock fields left out take their defaults.
"""

import datetime
from dataclasses import dataclass, field
from html import escape
from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")


@dataclass(frozen=True)
class Ref:
    """A page built earlier in the same run, named by its spec's `key`.

    In a page field it becomes the page; inside a block value, the page's id."""

    key: str


@dataclass
class PageSpec:
    """One page: found by `slug` under its parent, created or updated from the rest."""

    model: type
    title: str
    slug: str
    fields: dict = field(default_factory=dict)
    content: list = field(default_factory=list)
    children: list = field(default_factory=list)
    #: Name for `Ref`: other specs (built later) can point at this page.
    key: str = ""
    #: Prefix of the progress lines for this page and its descendants.
    label: str = ""
    #: The source document's own "last updated", set as the page's publication date.
    published_at: datetime.datetime | None = None


def local_datetime(year, month, day, hour=0, minute=0):
    """An aware datetime in Swedish local time."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=STOCKHOLM)


# --- Rich text -------------------------------------------------------------------


def paragraphs(*texts):
    """Rich-text HTML: one <p> per text."""
    return "".join(f"<p>{escape(text, quote=False)}</p>" for text in texts)


def bullets(*items):
    """Rich-text HTML: a bulleted list."""
    return (
        "<ul>" + "".join(f"<li>{escape(i, quote=False)}</li>" for i in items) + "</ul>"
    )


def subheading(text):
    return f"<h3>{escape(text, quote=False)}</h3>"


PAGE_LINK_MARK = "{{page:%s}}"


def page_link(key, text):
    """A rich-text link to a page built earlier; the builder fills in its id."""
    mark = PAGE_LINK_MARK % key
    return f'<a linktype="page" id="{mark}">{escape(text, quote=False)}</a>'


# --- Block values ----------------------------------------------------------------


def block(block_type, **value):
    """One StreamField child in JSON shape."""
    return {"type": block_type, "value": value}


def text_block(html):
    """A rich-text paragraph block, which has no heading of its own."""
    return {"type": "paragraph", "value": html}


def row(
    group,
    members=None,
    *,
    party="",
    appointed_by="",
    note="",
    defined_by_role="",
    of_which_count=None,
    of_which_label="",
    deputies=None,
):
    """A composition row; `members=None` with `defined_by_role` for seats given by
    role rather than by number."""
    return {
        "party": party,
        "group": group,
        "members": members,
        "deputies": deputies,
        "of_which_count": of_which_count,
        "of_which_label": of_which_label,
        "defined_by_role": defined_by_role,
        "appointed_by": appointed_by,
        "note": note,
    }


def mandate_item(decision, *, topic="", scope="", money_limit=None):
    return {
        "decision": decision,
        "topic": topic,
        "scope": scope,
        "money_limit": money_limit,
    }


def legal(statute_id, title):
    """A legal reference; `statute_id` is '' for entries that name no statute."""
    return {"statute_id": statute_id, "title": title, "url": ""}


def situation(text, *activities):
    return {"situation": text, "activities": list(activities)}


def question(text, *sub_items):
    return {"text": text, "sub_items": list(sub_items)}


def worksheet_row(group, body=None):
    return {"group": group, "body": body}


def nomination(title, *steps):
    return {"title": title, "steps": list(steps)}
