"""A collaboration with one council (composition and mandate), two member
organisations and a helper to appoint people to seats."""

import datetime

import pytest
from django.utils import timezone

from pages.models import (
    Appointment,
    AppointmentRole,
    MemberOrganisation,
    MemberOrganisationKind,
    Person,
)
from tests.factories import BodyPageFactory
from tests.representatives.content import COMPOSITION, MANDATE


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
        name="Storby kommun", kind=MemberOrganisationKind.MUNICIPALITY
    )
    member.organisations.add(organisation)
    return member


@pytest.fixture
def region(organisation):
    member = MemberOrganisation.objects.create(
        name="Region Testlän", kind=MemberOrganisationKind.REGION
    )
    member.organisations.add(organisation)
    return member


@pytest.fixture
def appoint(organisation):
    """appoint(name, member, body, role=…, public=…, party=…, …) -> Appointment."""

    def make(name, member, body, *, public=True, role=AppointmentRole.MEMBER, **kw):
        person, _created = Person.objects.get_or_create(
            name=name,
            organisation=organisation,
            defaults={"name_is_public": public},
        )
        kw.setdefault("term_from", timezone.localdate() - datetime.timedelta(days=30))
        return Appointment.objects.create(
            person=person, member_organisation=member, body=body, role=role, **kw
        )

    return make
