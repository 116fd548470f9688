"""Demo users, one per role, and the groups that give them their permissions.

The passwords are fixed and printed: these are demo credentials, never for a site
that is reachable by others.
"""

from typing import NamedTuple

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from wagtail.models import GroupPagePermission

EDITORS, PREPARERS, APPROVERS = "Redaktörer", "Beredare", "Beslutsfattare"

#: Page permissions per group, granted on the home page (so on the whole site).
GROUP_PAGE_PERMISSIONS = {
    EDITORS: ("add_page", "change_page"),
    PREPARERS: ("add_page", "change_page"),
    APPROVERS: ("add_page", "change_page", "publish_page"),
}


class DemoUser(NamedTuple):
    username: str
    role: str
    role_sv: str
    password: str
    group: str | None
    superuser: bool = False


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
        "admin",
        "administrator",
        "Administratör",
        "demo-admin-2026",
        None,
        superuser=True,
    ),
]


def ensure_groups(home_page):
    """Create the role groups with admin access and their page permissions on
    `home_page`; return {name: group}. Permissions the groups had beyond these are
    left alone."""
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    page_permissions = {
        permission.codename: permission
        for permission in Permission.objects.filter(
            Q(content_type__app_label="wagtailcore", content_type__model="page"),
            codename__in={
                c for codes in GROUP_PAGE_PERMISSIONS.values() for c in codes
            },
        )
    }
    groups = {}
    for name, codenames in GROUP_PAGE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page=home_page, permission=page_permissions[codename]
            )
        groups[name] = group
    return groups


def ensure_demo_users(home_page):
    """Create or reset the demo users; return them as DemoUser rows for printing.

    An existing user keeps its id but gets the demo password and group again, so the
    printed table is always right."""
    groups = ensure_groups(home_page)
    user_model = get_user_model()
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
        user.groups.set([groups[demo.group]] if demo.group else [])
    return DEMO_USERS
