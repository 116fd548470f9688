"""The register in the admin: each organisation's editors keep their own
organisation's persons, member organisations and appointments; administrators all."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from pages.models import Appointment, MemberOrganisation, Person
from pages.roles import EDITORS, PREPARERS, set_up_organisation
from tests.factories import (
    BodyPageFactory,
    OrganisationPageFactory,
    SpecificationPageFactory,
)

pytestmark = pytest.mark.django_db


def make_user(username, group=None, **extra):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password="pw", **extra
    )
    if group is not None:
        user.groups.add(group)
    return user


def collaboration(home, slug):
    organisation = OrganisationPageFactory(parent=home, short_name=slug, slug=slug)
    groups, _workflow = set_up_organisation(organisation)
    specification = SpecificationPageFactory(parent=organisation)
    body = BodyPageFactory(parent=specification, title=f"Råd i {slug}")
    member = MemberOrganisation.objects.create(name=f"Kommun i {slug}")
    member.organisations.add(organisation)
    person = Person.objects.create(name=f"Person i {slug}", organisation=organisation)
    appointment = Appointment.objects.create(
        person=person, member_organisation=member, body=body
    )
    return {
        "organisation": organisation,
        "groups": groups,
        "body": body,
        "member": member,
        "person": person,
        "appointment": appointment,
    }


@pytest.fixture
def ours(home):
    return collaboration(home, "vg")


@pytest.fixture
def theirs(home):
    return collaboration(home, "halland")


@pytest.fixture
def editor(client, ours):
    client.force_login(make_user("redaktor", ours["groups"][EDITORS]))
    return client


def url(model, action, *args):
    return reverse(f"wagtailsnippets_pages_{model}:{action}", args=args)


def test_editor_lists_only_their_organisations_register(editor, ours, theirs):
    for model, key in (
        ("appointment", "person"),
        ("person", "person"),
        ("memberorganisation", "member"),
    ):
        response = editor.get(url(model, "list"))
        assert response.status_code == 200
        text = response.content.decode()
        assert str(ours[key]) in text, model
        assert str(theirs[key]) not in text, model


def test_editor_cannot_open_another_organisations_records(editor, ours, theirs):
    for model, key in (
        ("appointment", "appointment"),
        ("person", "person"),
        ("memberorganisation", "member"),
    ):
        for action in ("edit", "history", "usage"):
            own = editor.get(url(model, action, ours[key].pk))
            assert own.status_code == 200, (model, action)
            other = editor.get(url(model, action, theirs[key].pk))
            assert other.status_code in (302, 403), (model, action)
        response = editor.post(url(model, "delete", theirs[key].pk))
        assert response.status_code in (302, 403), model
    assert Appointment.objects.filter(pk=theirs["appointment"].pk).exists()
    assert Person.objects.filter(pk=theirs["person"].pk).exists()


def appointment_data(person, member, body, **extra):
    return {
        "person": person.pk,
        "member_organisation": member.pk,
        "body": body.pk,
        "role": "member",
        "party": "",
        "seat_group": "",
        "term_from": "2025-01-01",
        "term_to": "",
        **extra,
    }


def test_editor_appoints_to_their_own_bodies_only(editor, ours, theirs):
    form = editor.get(url("appointment", "add")).context["form"]
    assert list(form.fields["body"].queryset) == [ours["body"]]
    assert list(form.fields["person"].queryset) == [ours["person"]]
    assert list(form.fields["member_organisation"].queryset) == [ours["member"]]

    response = editor.post(
        url("appointment", "add"),
        appointment_data(ours["person"], ours["member"], ours["body"]),
    )
    assert response.status_code == 302
    assert ours["body"].appointments.count() == 2

    response = editor.post(
        url("appointment", "add"),
        appointment_data(ours["person"], ours["member"], theirs["body"]),
    )
    assert response.status_code == 200
    assert "body" in response.context["form"].errors
    assert theirs["body"].appointments.count() == 1


def test_a_term_cannot_end_before_it_begins(editor, ours):
    response = editor.post(
        url("appointment", "add"),
        appointment_data(
            ours["person"], ours["member"], ours["body"], term_to="2024-12-31"
        ),
    )
    assert response.status_code == 200
    assert "term_to" in response.context["form"].errors


def test_editor_adds_a_person_kept_by_their_organisation(editor, ours, theirs):
    data = {
        "name": "Ny Person",
        "name_is_public": "",
        "email": "",
        "phone": "",
        "note": "",
    }
    response = editor.post(
        url("person", "add"), {**data, "organisation": theirs["organisation"].pk}
    )
    assert response.status_code == 200
    assert not Person.objects.filter(name="Ny Person").exists()

    response = editor.post(
        url("person", "add"), {**data, "organisation": ours["organisation"].pk}
    )
    assert response.status_code == 302
    person = Person.objects.get(name="Ny Person")
    assert not person.name_is_public  # names are withheld unless marked


def test_search_in_the_register(editor, ours):
    response = editor.get(url("person", "list"), {"q": "Person i vg"})
    assert str(ours["person"]) in response.content.decode()
    response = editor.get(url("person", "list"), {"q": "Ingen sådan"})
    assert str(ours["person"]) not in response.content.decode()


def test_other_roles_do_not_keep_the_register(client, ours):
    client.force_login(make_user("beredare", ours["groups"][PREPARERS]))

    assert client.get(url("person", "list")).status_code in (302, 403)


def test_administrator_sees_every_organisations_register(client, ours, theirs):
    client.force_login(make_user("admin", is_superuser=True, is_staff=True))

    text = client.get(url("appointment", "list")).content.decode()

    assert str(ours["person"]) in text and str(theirs["person"]) in text
