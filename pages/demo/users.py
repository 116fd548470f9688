"""Demo users, one per role, in the Västra Götaland organisation's groups.

Every organisation gets its groups and approval workflow (pages.roles). The passwords
are fixed and printed: these are demo credentials, never for a site that is reachable
by others.
"""

from typing import NamedTuple

from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from pages.models import OrganisationPage
from pages.roles import APPROVERS, EDITORS, PREPARERS, set_up_organisation

#: The organisation whose groups the demo users join (by slug).
DEMO_ORGANISATION_SLUG = "vastra-gotaland"


class DemoUser(NamedTuple):
    username: str
    role: str
    role_sv: str
    password: str
    group_role: str | None
    superuser: bool = False
    organisation_slug: str = DEMO_ORGANISATION_SLUG


DEMO_USERS = [
    DemoUser("redaktor", "editor", "Redaktör", "demo-redaktor-2026", EDITORS),
    DemoUser("beredare", "preparer", "Beredare", "demo-beredare-2026", PREPARERS),
    DemoUser(
        "beslutsfattare",
        "approver",
        "Beslutsfattare",
        "demo-beslutsfattare-2026",
        APPROVERS,
    ),
    DemoUser(
        "redaktor-halland",
        "editor (Halland)",
        "Redaktör Halland",
        "demo-redaktor-halland-2026",
        EDITORS,
        organisation_slug="halland",
    ),
    DemoUser(
        "admin",
        "administrator",
        "Administratör",
        "demo-admin-2026",
        None,
        superuser=True,
    ),
]


def set_up_organisations(home_page):
    """Every organisation's groups and approval workflow; {slug: {role: group}}."""
    return {
        organisation.slug: set_up_organisation(organisation)[0]
        for organisation in OrganisationPage.objects.child_of(home_page)
    }


def ensure_demo_users(groups_by_slug):
    """Create or reset the demo users in their organisations' groups; return rows
    (DemoUser, group name) for printing.

    An existing user keeps its id but gets the demo password and group again, so the
    printed table is always right. The demo users are Swedish editors: their admin
    language is Swedish whatever the browser asks for (English by choice under
    Account → Preferences)."""
    user_model = get_user_model()
    rows = []
    for demo in DEMO_USERS:
        user, _created = user_model.objects.get_or_create(
            username=demo.username,
            defaults={"email": f"{demo.username}@example.org"},
        )
        user.first_name = "Demo"
        user.last_name = demo.role_sv
        user.is_active = True
        user.is_staff = demo.superuser
        user.is_superuser = demo.superuser
        user.set_password(demo.password)
        user.save()
        group = (
            groups_by_slug[demo.organisation_slug][demo.group_role]
            if demo.group_role
            else None
        )
        user.groups.set([group] if group else [])
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "sv"
        profile.save(update_fields=["preferred_language"])
        rows.append((demo, group.name if group else ""))
    return rows
