"""The page cache turned on (tests settings keep it off) with its own generation
file, and a small organisation whose council has a composition, a mandate and a
representative."""

import datetime

import pytest
from django.core.cache import caches
from django.utils import timezone

from pages.models import Appointment, MemberOrganisation, MemberOrganisationKind, Person
from tests.factories import BodyPageFactory
from tests.representatives.content import COMPOSITION, MANDATE


@pytest.fixture
def page_cache(settings, tmp_path):
    settings.PAGE_CACHE_SECONDS = 300
    settings.PAGE_CACHE_GENERATION_FILE = tmp_path / "page-cache-generation"
    cache = caches[settings.PAGE_CACHE_ALIAS]
    cache.clear()
    yield cache
    cache.clear()


@pytest.fixture
def council(specification):
    return BodyPageFactory(
        parent=specification,
        title="Hjälpmedelsråd",
        slug="hjalpmedelsrad",
        content=[COMPOSITION, MANDATE],
    )


@pytest.fixture
def municipality(organisation):
    member = MemberOrganisation.objects.create(
        name="Storby kommun", slug="storby", kind=MemberOrganisationKind.MUNICIPALITY
    )
    member.organisations.add(organisation)
    return member


@pytest.fixture
def appointment(council, municipality, organisation):
    person = Person.objects.create(
        name="Anna Andersson", name_is_public=True, organisation=organisation
    )
    return Appointment.objects.create(
        person=person,
        member_organisation=municipality,
        body=council,
        party="Kommunerna",
        term_from=timezone.localdate() - datetime.timedelta(days=30),
    )


def read(client, url, status=200):
    """GET as the client, checking the status; (response, text)."""
    response = client.get(url)
    assert response.status_code == status, url
    return response, response.content.decode()


def stored_pages(cache):
    """The pages held in a local-memory cache."""
    return [key for key in cache._cache if "pages:page:" in key]
