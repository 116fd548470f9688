"""Rendering a page costs a fixed number of queries, however large the site grows."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from pages.models import (
    Appointment,
    AppointmentRole,
    BodyPage,
    MemberOrganisation,
    Person,
)
from pages.synthetic import SyntheticSite
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


def appoint(organisation, body, number):
    """Two seats in `body`: one for the organisation's municipality, one for its
    region, held by people whose names are public."""
    for member in MemberOrganisation.objects.filter(organisations=organisation):
        person = Person.objects.create(
            name=f"{member.name} {number}",
            name_is_public=True,
            organisation=organisation,
        )
        Appointment.objects.create(
            person=person,
            member_organisation=member,
            body=body,
            role=AppointmentRole.MEMBER,
            party="Kommunerna" if member.name.startswith("Kommun") else "VGR",
            term_from=timezone.localdate() - datetime.timedelta(days=30),
        )


def build_organisation(home, size, index):
    """An organisation with `size` bodies (each with a sub-body and seats held) and
    one page of every other type."""
    organisation = OrganisationPageFactory(parent=home, slug=f"org-{index}")
    for name in (f"Kommun {index}", f"Region {index}"):
        MemberOrganisation.objects.create(name=name).organisations.add(organisation)
    specification = SpecificationPageFactory(parent=organisation, slug="spec")
    previous = None
    for number in range(size):
        body = BodyPageFactory(
            parent=specification,
            slug=f"organ-{number}",
            content=BODY_CONTENT,
            reports_to=previous,
        )
        appoint(organisation, body, number)
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
#: Views drawn from all of an organisation's bodies: the same number of queries
#: however many bodies there are, but more than a page (no bound).
WHOLE_ORGANISATION_PATHS = {
    "org chart": "/org-0/organisationsschema/",
    "who decides what": "/org-0/vem-beslutar/",
    "representation": "/org-0/representation/",
    "where a member is represented": "/org-0/representation/kommun-0/",
    "popolo export": "/org-0/oppna-data/popolo/",
    "composition export": "/org-0/oppna-data/sammansattning/",
    "mandate export": "/org-0/oppna-data/mandat/",
    "print view": "/org-0/spec/utskrift/",
}


def count_queries(client, path):
    """Queries for one request, after a first request has warmed Wagtail's caches
    (site root paths, content types)."""
    return len(capture_queries(client, path))


def capture_queries(client, path):
    """The SQL of one request, after a first request has warmed Wagtail's caches."""
    client.get(path)
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code == 200, path
    return [query["sql"] for query in context.captured_queries]


def all_paths():
    body = BodyPage.objects.get(url_path__endswith="/org-0/spec/organ-1/")
    return {
        **PATHS,
        **WHOLE_ORGANISATION_PATHS,
        "API detail": f"/api/v2/pages/{body.pk}/",
    }


@pytest.mark.django_db
def test_query_counts_stay_the_same_when_the_site_grows_tenfold(client, home):
    small = 2
    build_organisation(home, small, 0)
    build_organisation(home, small, 1)
    paths = all_paths()
    counts_small = {name: count_queries(client, path) for name, path in paths.items()}

    # Grow every organisation tenfold and add eight more organisations.
    for index in range(2, 20):
        build_organisation(home, 0, index)
    organisation = home.get_children().get(slug="org-0").specific
    specification = organisation.get_children().get(slug="spec")
    routine = organisation.get_children().get(slug="rutin")
    for number in range(small, small * 10):
        body = BodyPageFactory(
            parent=specification,
            slug=f"organ-{number}",
            content=BODY_CONTENT,
            reports_to=specification.get_children()
            .get(slug=f"organ-{number - 1}")
            .specific,
        )
        appoint(organisation, body, number)
        BodyPageFactory(parent=routine, slug=f"rad-{number}", content=BODY_CONTENT)
    counts_large = {name: count_queries(client, path) for name, path in paths.items()}

    assert counts_large == counts_small
    page_counts = {name: counts_large[name] for name in PATHS}
    assert max(page_counts.values()) <= QUERY_BOUND, page_counts


def version_paths(body, versions):
    """The pages about a body's versions, `versions` being its newest version."""
    return {
        "body page": body.url,
        "change log": f"{body.url}versions/",
        "change log, last page": f"{body.url}versions/?sida=999",
        "a version": f"{body.url}versions/{versions - 1}/",
        "diff": f"{body.url}versions/{versions - 2}/diff/{versions - 1}/",
        "organisation's feed": f"{body.get_parent().get_parent().url}feed/",
        "specification": body.get_parent().url,
        "specification's change log": f"{body.get_parent().url}versions/",
        "specification's feed": f"{body.get_parent().url}feed/",
    }


@pytest.mark.django_db
def test_query_counts_stay_the_same_with_tenfold_versions(client, home):
    synthetic = SyntheticSite(home, write=lambda line: None)
    _organisation, specification = synthetic.build_organisation(0, 2)
    body = specification.get_children().first().specific
    synthetic.add_versions(body, 9)
    counts_small = {
        name: count_queries(client, path)
        for name, path in version_paths(body, 10).items()
    }

    synthetic.add_versions(body, 90)
    counts_large = {
        name: count_queries(client, path)
        for name, path in version_paths(body, 100).items()
    }

    assert counts_large == counts_small
    page_counts = {"body page": counts_large["body page"]}
    assert max(page_counts.values()) <= QUERY_BOUND, page_counts


@pytest.mark.django_db
def test_the_change_log_never_reads_the_revisions_table(client, home):
    synthetic = SyntheticSite(home, write=lambda line: None)
    _organisation, specification = synthetic.build_organisation(0, 2)
    body = specification.get_children().first().specific
    synthetic.add_versions(body, 30)

    for path in (
        body.url,
        f"{body.url}versions/",
        f"{body.url}versions/?sida=2",
        specification.url,
        f"{specification.url}versions/",
    ):
        queries = capture_queries(client, path)
        assert not [sql for sql in queries if "wagtailcore_revision" in sql], path
