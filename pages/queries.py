"""Read queries behind the page contexts; each runs a fixed number of SQL queries,
however large the site grows."""

from functools import cache

from django.apps import apps
from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Substr
from wagtail.models import Page, PageViewRestriction


@cache
def restricted(path="path", deeper_than=0):
    """SQL condition: a view restriction covers the page whose tree path is in the
    field `path` (a restriction on the page or on an ancestor deeper than
    `deeper_than`). Unlike Wagtail's .public(), it costs no query of its own.
    Built once per argument pair: querysets copy an expression when they use it."""
    return Exists(
        PageViewRestriction.objects.filter(
            page__depth__gt=deeper_than,
            page__path=Substr(OuterRef(path), 1, F("page__depth") * Page.steplen),
        )
    )


def breadcrumb_pages(page):
    """Ancestors below the tree root, the site's home page first."""
    return list(page.get_ancestors().filter(depth__gt=1))


def organisation_of(page, ancestors):
    """The organisation a page belongs to: the page itself or its nearest organisation
    ancestor, as its specific class (at most one query)."""
    if getattr(type(page), "is_organisation", False):
        return page
    for ancestor in reversed(ancestors):
        if getattr(ancestor.specific_class, "is_organisation", False):
            return ancestor.specific
    return None


def public_children(page, *types):
    """Live, public children of a page as their specific classes, in tree order."""
    if page.numchild == 0:  # a leaf: no queryset to build
        return []
    children = page.get_children().live().filter(~restricted())
    if types:
        children = children.type(*types)
    return list(children.specific())


def organisation_menu(organisation):
    """The organisation's documents shown in its navigation."""
    if organisation is None:
        return []
    return list(organisation.get_children().live().filter(~restricted()).in_menu())


def organisation_bodies(organisation, *fields, **expressions):
    """The live, public bodies in an organisation's tree, in tree order, as BodyPage
    querysets' dicts: `fields` plus what the chart and tables need to link them."""
    # Page types are imported by name at call time through the app registry, so this
    # module stays free of the models that import it.
    body_model = apps.get_model("pages", "BodyPage")
    return list(
        body_model.objects.descendant_of(organisation)
        .live()
        .filter(~restricted())
        .order_by("path")
        .values(
            "pk", "title", "path", "url_path", "translation_key", *fields, **expressions
        )
    )


def reports_and_assignments(organisation):
    """organisation_bodies() with the level, role and both relations (with the
    related pages' translation keys): one query."""
    return organisation_bodies(
        organisation,
        "level",
        "role",
        "reports_to_id",
        "assignments_from_id",
        reports_to_key=F("reports_to__translation_key"),
        assignments_from_key=F("assignments_from__translation_key"),
    )


def relative_url(organisation_url, organisation, url_path):
    """A descendant's address from its url_path and the organisation's address,
    without a query per page."""
    return organisation_url + url_path[len(organisation.url_path) :]
