"""An organisation with its groups and workflow, a user per role, a published body."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from pages.roles import APPROVERS, EDITORS, PREPARERS, set_up_organisation
from tests.factories import (
    BodyPageFactory,
    OrganisationPageFactory,
    SpecificationPageFactory,
)


def make_user(username, group=None, **extra):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password="pw", **extra
    )
    if group is not None:
        user.groups.add(group)
    return user


@pytest.fixture
def vg(home):
    organisation = OrganisationPageFactory(
        parent=home, title="Hjälpmedel i Västra Götaland", short_name="VG", slug="vg"
    )
    groups, _workflow = set_up_organisation(organisation)
    return organisation, groups


@pytest.fixture
def halland(home):
    organisation = OrganisationPageFactory(
        parent=home, title="Hjälpmedel i Halland", short_name="Halland", slug="halland"
    )
    groups, _workflow = set_up_organisation(organisation)
    return organisation, groups


@pytest.fixture
def users(vg, halland):
    _organisation, groups = vg
    _other, other_groups = halland
    return {
        "editor": make_user("redaktor", groups[EDITORS]),
        "preparer": make_user("beredare", groups[PREPARERS]),
        "approver": make_user("beslutsfattare", groups[APPROVERS]),
        "other_approver": make_user("beslutsfattare-halland", other_groups[APPROVERS]),
        "other_editor": make_user("redaktor-halland", other_groups[EDITORS]),
        "admin": make_user("admin", is_superuser=True, is_staff=True),
    }


@pytest.fixture
def specification(vg):
    organisation, _groups = vg
    return SpecificationPageFactory(
        parent=organisation, title="Specifikation", slug="spec"
    )


@pytest.fixture
def ledningsrad(specification):
    return BodyPageFactory(
        parent=specification,
        title="Ledningsråd",
        slug="ledningsrad",
        introduction="<p>Ledningsrådet sammanträder minst sex gånger per år.</p>",
    )


def body_form_data(page, action="action-submit", **overrides):
    """What the page editor posts for a body page with no blocks."""
    values = {
        "title": page.title,
        "slug": page.slug,
        "introduction": rich_text(overrides.pop("introduction_html", "<p>Text.</p>")),
        "short_name": "",
        "level": page.level,
        "role": page.role,
        "form": page.form,
        "host_party": "",
        "reports_to_other": "",
        "assignments_from_other": "",
        "predecessor_other": "",
        "convener": "",
        "secretariat": "",
        "content": streamfield([]),
        "change_type": "",
        "change_summary": "",
        "seo_title": "",
        "search_description": "",
        "comments": inline_formset([]),
        "loaded_revision_id": page.latest_revision_id,
        "loaded_revision_created_at": page.latest_revision.created_at.isoformat(),
    }
    values.update(overrides)
    data = nested_form_data(values)
    if action:
        data[action] = "1"
    return data
