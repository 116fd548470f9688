"""Which page may sit where: the tree an editor can build."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail.test.utils import WagtailTestUtils

from pages.models import (
    AccessibilityStatementPage,
    BodyPage,
    GlossaryPage,
    GuidancePage,
    HomePage,
    OrganisationPage,
    RoutinePage,
    SpecificationPage,
)
from tests.factories import BodyPageFactory, RoutinePageFactory

ALLOWED = {
    HomePage: {OrganisationPage, AccessibilityStatementPage},
    OrganisationPage: {
        SpecificationPage,
        RoutinePage,
        GuidancePage,
        GlossaryPage,
        AccessibilityStatementPage,
    },
    SpecificationPage: {BodyPage, RoutinePage, GuidancePage},
    BodyPage: {BodyPage},
    RoutinePage: {BodyPage},
    GuidancePage: set(),
    GlossaryPage: set(),
    AccessibilityStatementPage: set(),
}
ALL_TYPES = list(ALLOWED)


@pytest.mark.parametrize("parent", ALL_TYPES, ids=lambda cls: cls.__name__)
def test_allowed_children(parent):
    assert set(parent.allowed_subpage_models()) == ALLOWED[parent]


@pytest.mark.parametrize("child", ALL_TYPES, ids=lambda cls: cls.__name__)
def test_allowed_parents_mirror_the_children(child):
    expected = {parent for parent, children in ALLOWED.items() if child in children}
    if child is HomePage:
        expected = {Page}
    assert set(child.allowed_parent_page_models()) == expected


def test_a_body_belongs_under_a_specification_not_an_organisation(specification):
    organisation = specification.get_parent()
    assert not BodyPage.can_create_at(organisation)
    assert BodyPage.can_create_at(specification)


@pytest.mark.django_db
class TestAdminEnforcesTheRules(WagtailTestUtils):
    def test_admin_refuses_a_body_under_an_organisation(self, client, organisation):
        user = self.create_superuser("admin-rules", password="pw")
        client.force_login(user)
        response = client.get(f"/admin/pages/add/pages/bodypage/{organisation.pk}/")
        # Wagtail turns the refusal into a redirect to the dashboard with a message.
        assert response.status_code == 302
        assert response.url == "/admin/"

    def test_admin_offers_a_body_under_a_specification(self, client, specification):
        user = self.create_superuser("admin-rules2", password="pw")
        client.force_login(user)
        response = client.get(f"/admin/pages/add/pages/bodypage/{specification.pk}/")
        assert response.status_code == 200


def test_a_routine_may_define_bodies(organisation):
    routine = RoutinePageFactory(parent=organisation, slug="tillampningsanvisning")
    body = BodyPageFactory(
        parent=routine, title="Hjälpmedelsråd", slug="hjalpmedelsrad"
    )
    assert body.get_parent().specific == routine


def test_a_body_cannot_report_to_itself(body_page):
    body_page.reports_to = body_page
    with pytest.raises(ValidationError) as excinfo:
        body_page.full_clean()
    assert "reports_to" in excinfo.value.message_dict


def test_an_agreement_period_cannot_end_before_it_starts(specification):
    specification.valid_from = "2026-01-01"
    specification.valid_to = "2025-12-31"
    with pytest.raises(ValidationError) as excinfo:
        specification.full_clean()
    assert "valid_to" in excinfo.value.message_dict
