"""The workflow tests' organisation, users and published body, and a few helpers."""

import pytest
from django.db import connection
from wagtail.models import Collection, Locale, Page, Site, WorkflowState

from tests.factories import make_site_home
from tests.workflow import conftest as workflow
from tests.workflow.conftest import body_form_data, make_user

# The workflow tests' fixtures, used here as they are.
vg = workflow.vg
halland = workflow.halland
users = workflow.users
specification = workflow.specification
ledningsrad = workflow.ledningsrad


@pytest.fixture
def home(db):
    """The site's home page. A transactional test's flush also removes what Wagtail's
    migrations made (locales, root page and collection, default site): they come
    back here."""
    locale, _created = Locale.objects.get_or_create(language_code="sv")
    Locale.objects.get_or_create(language_code="en")
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    if not Page.get_first_root_node():
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if not Site.objects.filter(is_default_site=True).exists():
        Site.objects.create(
            hostname="localhost",
            root_page=Page.get_first_root_node(),
            is_default_site=True,
        )
    return make_site_home()


@pytest.fixture
def second_preparer(users):
    return make_user("beredare-2", users["preparer"].groups.get())


@pytest.fixture
def second_approver(users):
    return make_user("beslutsfattare-2", users["approver"].groups.get())


def current_task_state(page):
    state = WorkflowState.objects.for_instance(page).get(
        status=WorkflowState.STATUS_IN_PROGRESS
    )
    return state.current_task_state.specific


def submit(client, user, page, **changes):
    client.force_login(user)
    response = client.post(
        f"/admin/pages/{page.pk}/edit/", body_form_data(page, **changes)
    )
    assert response.status_code == 302
    return response


def act(client, user, page, task_state, action, **data):
    """As the admin's modal does: an XMLHttpRequest answered with JSON."""
    client.force_login(user)
    return client.post(
        f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/",
        data,
        headers={"x-requested-with": "XMLHttpRequest"},
    )


postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Two transactions at once need PostgreSQL (SQLite writes one at a time; "
    "the sequential interleavings are tested on every database).",
)

EDITORIAL = {
    "change_type": "editorial",
    "change_summary": "Stavfel rättat.",
    "introduction_html": "<p>Ledningsrådet sammanträder minst sex gånger om året.</p>",
}
SUBSTANTIVE = {
    "change_type": "substantive",
    "change_summary": "Ledningsrådet sammanträder nu minst åtta gånger per år.",
    "introduction_html": "<p>Ledningsrådet sammanträder minst åtta gånger per år.</p>",
}


def approve_preparation(client, users, page):
    return act(client, users["preparer"], page, current_task_state(page), "approve")
