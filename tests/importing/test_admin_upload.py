"""The upload form in the admin: only for users who may add pages under the parent;
shows the report with links to the drafts; a bad file is a form error."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Page
from wagtail.users.models import UserProfile

from pages.models import ImportedDocument
from pages.roles import EDITORS, set_up_organisation
from tests.factories import OrganisationPageFactory, SpecificationPageFactory

from .conftest import seed


@pytest.fixture
def vg(home):
    organisation = OrganisationPageFactory(
        parent=home, title="Hjälpmedel i VG", short_name="VG", slug="vg"
    )
    groups, _workflow = set_up_organisation(organisation)
    return organisation, groups


def user(username, group=None, **extra):
    created = get_user_model().objects.create_user(
        username=username, password="pw", **extra
    )
    if group is not None:
        created.groups.add(group)
    profile = UserProfile.get_for_user(created)
    profile.preferred_language = "sv"  # a Swedish editor: the admin speaks Swedish
    profile.save()
    return created


def url(page):
    return reverse("pages_import_document", args=[page.pk])


def upload(name, data):
    return SimpleUploadedFile(name, data, content_type="text/plain")


def test_an_editor_imports_a_document_as_drafts(client, vg):
    organisation, groups = vg
    client.force_login(user("redaktor", groups[EDITORS]))
    page = client.get(url(organisation))
    assert page.status_code == 200
    assert "Importera ett dokument" in page.content.decode()

    name, data = seed("003")
    response = client.post(
        url(organisation), {"file": upload(name, data), "page_type": ""}
    )
    assert response.status_code == 200
    html = response.content.decode()
    spec = Page.objects.get(title="Specifikation gällande samarbete och styrning")
    assert not spec.live
    assert reverse("wagtailadmin_pages:edit", args=[spec.pk]) in html
    assert "50 000 kr" in html
    assert "Ledningsråd Medicintekniska produkter" in html
    record = ImportedDocument.objects.get()
    assert record.imported_by.username == "redaktor"

    again = client.post(url(organisation), {"file": upload(name, data)})
    assert "redan importerad" in again.content.decode()
    assert ImportedDocument.objects.count() == 1


def test_a_bad_file_is_a_form_error_and_creates_nothing(client, vg):
    organisation, groups = vg
    client.force_login(user("redaktor", groups[EDITORS]))
    pages = Page.objects.count()
    response = client.post(url(organisation), {"file": upload("tom.txt", b"   ")})
    assert response.status_code == 200
    assert "Filen är tom" in response.content.decode()
    assert Page.objects.count() == pages
    assert not ImportedDocument.objects.exists()


def test_users_who_may_not_add_pages_there_are_refused(client, vg, home):
    organisation, _groups = vg
    other = OrganisationPageFactory(
        parent=home, title="Hjälpmedel i Halland", short_name="Halland", slug="halland"
    )
    other_groups, _workflow = set_up_organisation(other)
    client.force_login(user("redaktor-halland", other_groups[EDITORS]))
    # Wagtail's admin answers a refusal by sending the user to the dashboard.
    refused = client.get(url(organisation))
    assert (refused.status_code, refused.url) == (302, reverse("wagtailadmin_home"))
    pages = Page.objects.count()
    name, data = seed("002")
    response = client.post(url(organisation), {"file": upload(name, data)})
    assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home"))
    assert Page.objects.count() == pages
    assert not ImportedDocument.objects.exists()


def test_the_explorer_offers_the_import_to_editors(client, vg):
    organisation, groups = vg
    specification = SpecificationPageFactory(parent=organisation, slug="spec")
    client.force_login(user("redaktor", groups[EDITORS]))
    listing = client.get(reverse("wagtailadmin_explore", args=[organisation.pk]))
    assert url(specification) in listing.content.decode()
