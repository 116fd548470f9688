"""A translation is a change like any other: the English tree has the organisation's
groups and workflow, an editor's translation goes to the workflow (never straight
to the public), and its publication shows in the English page's change log."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import GroupPagePermission, Locale, WorkflowPage, WorkflowState
from wagtail_localize.models import StringSegment

from pages.models import ChangeLogEntry
from pages.roles import APPROVERS, EDITORS, PREPARERS, set_up_organisation
from pages.translations import synced_translation
from tests.factories import BodyPageFactory, OrganisationPageFactory
from tests.i18n.conftest import (
    get,
    texts_of_home,
    texts_of_organisation,
    texts_of_specification,
    translate,
)
from tests.workflow.conftest import make_user

pytestmark = pytest.mark.django_db

BODY_TEXTS = {
    "Ledningsråd": "Leadership council",
    "ledningsrad": "leadership-council",
    "Rådet sammanträder sex gånger per år.": "The council meets six times a year.",
}


def refused(response):
    """Wagtail's admin answers PermissionDenied with a redirect to the dashboard
    (and a message)."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == "/admin/"
    )


@pytest.fixture
def roles(organisation):
    groups, _workflow = set_up_organisation(organisation)
    return groups


@pytest.fixture
def users(roles, home):
    other = OrganisationPageFactory(parent=home, short_name="Annan", slug="annan")
    other_groups, _workflow = set_up_organisation(other)
    return {
        "editor": make_user("redaktor", roles[EDITORS]),
        "preparer": make_user("beredare", roles[PREPARERS]),
        "approver": make_user("beslutsfattare", roles[APPROVERS]),
        "other_editor": make_user("redaktor-annan", other_groups[EDITORS]),
        "admin": make_user("admin", is_superuser=True, is_staff=True),
    }


@pytest.fixture
def council(specification):
    return BodyPageFactory(
        parent=specification,
        title="Ledningsråd",
        slug="ledningsrad",
        introduction="<p>Rådet sammanträder sex gånger per år.</p>",
    )


@pytest.fixture
def english_council(roles, home, organisation, specification, council):
    """The English tree down to the council, published by an administrator."""
    translate(home, texts_of_home(home))
    translate(organisation, texts_of_organisation(organisation))
    translate(specification, texts_of_specification(specification))
    return translate(council, BODY_TEXTS)


def test_an_organisations_translation_gets_its_groups_and_workflow(
    roles, organisation, english_council
):
    english = organisation.get_translation(Locale.objects.get(language_code="en"))
    workflow = WorkflowPage.objects.get(page=organisation).workflow
    assert WorkflowPage.objects.get(page=english).workflow == workflow
    assert english_council.get_workflow() == workflow
    for group in roles.values():
        granted = GroupPagePermission.objects.filter(group=group, page=english)
        assert {p.permission.codename for p in granted} == {
            "add_page",
            "change_page",
            "lock_page",
        }


def test_setting_up_from_a_translation_names_groups_after_the_organisation(
    roles, organisation, english_council
):
    english = organisation.get_translation(english_council.locale)
    groups, workflow = set_up_organisation(english)
    assert groups == roles
    assert workflow.name == "Region: Beredning och beslut"


def test_an_editor_may_translate_but_not_publish(users, english_council):
    permissions = english_council.permissions_for_user(users["editor"])
    assert permissions.can_edit()
    assert not permissions.can_publish()
    assert not english_council.permissions_for_user(users["other_editor"]).can_edit()


def test_translate_this_page_makes_a_draft(client, users, english_council, council):
    """Starting a translation (administrators do) publishes nothing."""
    group = BodyPageFactory(parent=council, title="Arbetsgrupp", slug="arbetsgrupp")
    client.force_login(users["admin"])
    response = client.post(
        f"/admin/localize/submit/page/{group.pk}/",
        {"locales": [english_council.locale.pk]},
    )
    assert response.status_code == 302
    english = group.get_translation(english_council.locale)
    assert not english.live
    assert client.get(english.url or "/en/x/").status_code == 404


def test_editors_cannot_start_or_sync_translations(
    client, users, council, english_council
):
    """Both would publish without the workflow (or change the public page), so
    they are for administrators."""
    client.force_login(users["editor"])
    assert refused(client.get(f"/admin/localize/submit/page/{council.pk}/"))
    source = synced_translation(english_council).source
    sync_url = f"/admin/localize/update/{source.pk}/"
    assert refused(client.post(sync_url, {"publish_translations": "on"}))


def test_the_translation_editor_refuses_an_editors_publish(
    client, users, english_council
):
    client.force_login(users["editor"])
    edit_url = f"/admin/pages/{english_council.pk}/edit/"
    editor = BeautifulSoup(client.get(edit_url).content, "html.parser")
    assert editor.select_one(".js-translation-editor") is not None
    assert '"canPublish": false' in editor.select_one(".js-translation-editor")[
        "data-props"
    ].replace("&quot;", '"')
    assert refused(client.post(edit_url, {"action": "publish"}))
    assert ChangeLogEntry.objects.for_page(english_council).count() == 1


def edit_string(client, translation, swedish, english):
    segment = StringSegment.objects.get(source=translation.source, string__data=swedish)
    response = client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
        f"value={english}",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201)


def act(client, user, page, action, **data):
    client.force_login(user)
    state = WorkflowState.objects.for_instance(page).get(
        status=WorkflowState.STATUS_IN_PROGRESS
    )
    return client.post(
        f"/admin/pages/workflow/action/{page.pk}/{action}/"
        f"{state.current_task_state.pk}/",
        data,
        headers={"x-requested-with": "XMLHttpRequest"},
    )


def test_an_editors_translation_goes_through_the_workflow_into_the_change_log(
    client, users, english_council
):
    translation = synced_translation(english_council)
    client.force_login(users["editor"])
    edit_string(
        client,
        translation,
        "Rådet sammanträder sex gånger per år.",
        "The council meets at least six times a year.",
    )
    submit_url = f"/admin/pages/{english_council.pk}/submit-translation/"
    assert client.get(submit_url).status_code == 200
    response = client.post(
        submit_url,
        {"change_type": "editorial", "change_summary": "Wording of the meetings."},
    )
    assert response.status_code == 302

    # Submitted, not published: readers still see the approved text.
    assert WorkflowState.objects.for_instance(english_council).get().status == (
        WorkflowState.STATUS_IN_PROGRESS
    )
    client.logout()
    public = get(client, english_council.url).main.get_text()
    assert "meets six times a year" in public
    assert "at least" not in public

    assert act(client, users["preparer"], english_council, "approve").json()[
        "step"
    ] == ("success")
    client.logout()
    assert "meets at least six times a year" in get(client, english_council.url).text
    entry = ChangeLogEntry.objects.for_page(english_council).get(version=2)
    assert entry.change_type == "editorial"
    assert entry.summary == "Wording of the meetings."
    assert entry.approved_by == users["preparer"]
    change_log = get(client, english_council.url + "versions/").main.get_text()
    assert "Wording of the meetings." in change_log


def test_submit_needs_a_change_type_and_summary(client, users, english_council):
    client.force_login(users["editor"])
    response = client.post(f"/admin/pages/{english_council.pk}/submit-translation/", {})
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"change_type", "change_summary"}
    assert not WorkflowState.objects.for_instance(english_council).exists()


def test_submit_is_only_for_the_organisations_editors_and_translations(
    client, users, english_council, council
):
    client.force_login(users["other_editor"])
    url = f"/admin/pages/{english_council.pk}/submit-translation/"
    assert refused(client.get(url))
    client.force_login(users["editor"])
    swedish = f"/admin/pages/{council.pk}/submit-translation/"
    assert client.get(swedish).status_code == 404  # not a translation


def test_the_explorer_offers_submitting_the_translation(client, users, english_council):
    client.force_login(users["editor"])
    parent = english_council.get_parent()
    response = client.get(f"/admin/pages/{parent.pk}/")
    assert f"/admin/pages/{english_council.pk}/submit-translation/" in (
        response.content.decode()
    )


def test_an_editor_cannot_turn_the_translation_into_an_alias(
    client, users, english_council, council
):
    """An alias shows the Swedish page's latest revision, approved or not."""
    council.introduction = "<p>Ett utkast som ingen har godkänt.</p>"
    council.save_revision()
    client.force_login(users["editor"])
    url = f"/admin/localize/page/{english_council.pk}/convert_to_alias/"
    assert refused(client.post(url))
    english_council.refresh_from_db()
    assert english_council.alias_of_id is None
    client.logout()
    assert "utkast" not in get(client, english_council.url).text
