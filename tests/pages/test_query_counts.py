"""Rendering a page costs a fixed number of queries, however large the site grows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    BodyPageFactory,
    GlossaryPageFactory,
    GuidancePageFactory,
    OrganisationPageFactory,
    RoutinePageFactory,
    SpecificationPageFactory,
)

#: The most queries any public page type may need (anonymous reader, cold cache);
#: a body page reads its seat holders from the register in one query of its own;
#: one query finds the accessibility statement the footer links to.
QUERY_BOUND = 21

BODY_CONTENT = [
    ("assignment", {"items": ["Främja samverkan", "Bevaka strategiska frågor"]}),
    (
        "mandate",
        {"items": [{"decision": "Fatta beslut om IT-stöd", "money_limit": 50000}]},
    ),
    (
        "composition",
        {
            "rows": [
                {"party": "Kommunerna", "group": "Kommun", "members": 5},
                {"party": "VGR", "group": "VGR", "members": 5},
            ],
            "stated_total": 10,
        },
    ),
    ("working_forms", {"meetings_min": 6, "decision_rule": "Enighet."}),
]
ROUTINE_CONTENT = [
    ("standard_section", {"kind": "background", "body": "<p>Bakgrund.</p>"}),
    (
        "legal_references",
        {"items": [{"statute_id": "Lag (2017:612)", "title": "om samverkan"}]},
    ),
]
GUIDANCE_CONTENT = [
    (
        "situation_table",
        {"rows": [{"situation": "Nytt hjälpmedel", "activities": ["Förankra"]}]},
    ),
]
GLOSSARY_CONTENT = [
    ("glossary_term", {"term": "Huvudman", "description": "Region eller kommun."})
]


def build_organisation(home, size, index):
    """An organisation with `size` bodies (each with a sub-body) and one page of
    every other type."""
    organisation = OrganisationPageFactory(parent=home, slug=f"org-{index}")
    specification = SpecificationPageFactory(parent=organisation, slug="spec")
    previous = None
    for number in range(size):
        body = BodyPageFactory(
            parent=specification,
            slug=f"organ-{number}",
            content=BODY_CONTENT,
            reports_to=previous,
        )
        BodyPageFactory(
            parent=body, slug="undergrupp", content=BODY_CONTENT, reports_to=body
        )
        previous = body
    routine = RoutinePageFactory(
        parent=organisation, slug="rutin", content=ROUTINE_CONTENT
    )
    for number in range(size):
        BodyPageFactory(parent=routine, slug=f"rad-{number}", content=BODY_CONTENT)
    GuidancePageFactory(parent=organisation, slug="stod", content=GUIDANCE_CONTENT)
    GlossaryPageFactory(parent=organisation, slug="begrepp", content=GLOSSARY_CONTENT)
    return organisation


PATHS = {
    "home": "/",
    "organisation": "/org-0/",
    "specification": "/org-0/spec/",
    "body": "/org-0/spec/organ-1/",
    "sub-body": "/org-0/spec/organ-1/undergrupp/",
    "routine": "/org-0/rutin/",
    "guidance": "/org-0/stod/",
    "glossary": "/org-0/begrepp/",
    "search": "/sok/?q=Huvudman",
}


def count_queries(client, path):
    """Queries for one request, after a first request has warmed Wagtail's caches
    (site root paths, content types)."""
    client.get(path)
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(context.captured_queries)


@pytest.mark.django_db
def test_query_counts_stay_the_same_when_the_site_grows_tenfold(client, home):
    small = 2
    build_organisation(home, small, 0)
    build_organisation(home, small, 1)
    counts_small = {name: count_queries(client, path) for name, path in PATHS.items()}

    # Grow every organisation tenfold and add eight more organisations.
    for index in range(2, 20):
        build_organisation(home, 0, index)
    organisation = home.get_children().get(slug="org-0")
    specification = organisation.get_children().get(slug="spec")
    routine = organisation.get_children().get(slug="rutin")
    for number in range(small, small * 10):
        BodyPageFactory(
            parent=specification, slug=f"organ-{number}", content=BODY_CONTENT
        )
        BodyPageFactory(parent=routine, slug=f"rad-{number}", content=BODY_CONTENT)
    counts_large = {name: count_queries(client, path) for name, path in PATHS.items()}

    assert counts_large == counts_small
    assert max(counts_large.values()) <= QUERY_BOUND, counts_large
