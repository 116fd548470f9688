"""The register in Wagtail's admin: persons, member organisations and appointments as
snippets, grouped under 'Representatives'.

Editors of an organisation (its 'Redaktörer' group, pages.roles) see and manage the
register of their own organisation only: the records kept by it, its member
organisations and the appointments to bodies in its tree. Administrators see all."""

from functools import reduce
from operator import or_

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.models import GroupPagePermission, Locale
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from ..models import (
    Appointment,
    BodyPage,
    MemberOrganisation,
    OrganisationPage,
    Person,
)

# ---------- Whose register ----------


def editable_organisations(user):
    """The organisation pages (in the default language) whose tree the user may
    edit; every organisation for a superuser."""
    organisations = OrganisationPage.objects.filter(locale=Locale.get_default())
    if user.is_superuser:
        return organisations
    paths = list(
        GroupPagePermission.objects.filter(
            group__user=user, permission__codename="change_page"
        ).values_list("page__path", flat=True)
    )
    if not paths:
        return organisations.none()
    # A permission on the organisation page or on one of its translations (whose
    # source shares its translation key), or on a page above it.
    translated = OrganisationPage.objects.filter(
        reduce(or_, (Q(path__startswith=path) for path in paths))
    ).values("translation_key")
    return organisations.filter(translation_key__in=translated)


def in_organisations(path_field, organisations):
    """Condition: the page whose tree path is in `path_field` is in one of the
    organisations' trees."""
    paths = [page.path for page in organisations]
    if not paths:
        return Q(pk__in=[])
    return reduce(or_, (Q(**{f"{path_field}__startswith": path}) for path in paths))


def scoped(model, user):
    """The records of `model` that belong to the organisations the user edits."""
    queryset = model.objects.all()
    if user.is_superuser:
        return queryset
    organisations = list(editable_organisations(user))
    if model is Person:
        return queryset.filter(organisation__in=organisations)
    if model is MemberOrganisation:
        return queryset.filter(organisations__in=organisations).distinct()
    if model is Appointment:
        return queryset.filter(in_organisations("body__path", organisations))
    raise ValueError(model)


class OrganisationRegisterPolicy(ModelPermissionPolicy):
    """Django's model permissions, limited to the records of the organisations
    whose tree the user may edit."""

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model.objects.none()
        return scoped(self.model, user)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if not self.user_has_any_permission(user, actions):
            return False
        if user.is_superuser:
            return True
        return scoped(self.model, user).filter(pk=instance.pk).exists()


class RegisterForm(WagtailAdminModelForm):
    """Offers only the user's own organisations, bodies, persons and member
    organisations."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is None:
            return
        organisations = editable_organisations(user)
        querysets = {
            "organisation": organisations,
            "organisations": organisations,
            "person": scoped(Person, user),
            "member_organisation": scoped(MemberOrganisation, user),
            "body": BodyPage.objects.filter(locale=Locale.get_default()).filter(
                in_organisations("path", organisations)
            ),
        }
        for name, queryset in querysets.items():
            if name in self.fields:
                self.fields[name].queryset = queryset


def register_panels(*panels):
    return ObjectList(list(panels), base_form_class=RegisterForm)


# ---------- Viewsets ----------


class ScopedObjectMixin:
    """A view of one record: 403 unless the record belongs to one of the user's
    organisations (Wagtail's views check only the model permission)."""

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        policy = OrganisationRegisterPolicy(self.model)
        actions = ["add", "change", "delete", "view"]
        if not policy.user_has_any_permission_for_instance(
            self.request.user, actions, instance
        ):
            raise PermissionDenied
        return instance


def scoped_view(view_class):
    return type(view_class.__name__, (ScopedObjectMixin, view_class), {})


class ScopedSnippetViewSet(SnippetViewSet):
    search_backend_name = None  # the database, not the search index: never public
    edit_view_class = scoped_view(snippet_views.EditView)
    delete_view_class = scoped_view(snippet_views.DeleteView)
    usage_view_class = scoped_view(snippet_views.UsageView)
    history_view_class = scoped_view(snippet_views.HistoryView)
    inspect_view_class = scoped_view(snippet_views.InspectView)

    def get_queryset(self, request):
        return scoped(self.model, request.user)


class PersonViewSet(ScopedSnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("Persons")
    list_display = ["name", "name_is_public", "organisation"]
    list_filter = ["name_is_public", "organisation"]
    search_fields = ["name", "email"]
    edit_handler = register_panels(
        FieldRowPanel([FieldPanel("name"), FieldPanel("name_is_public")]),
        FieldPanel("organisation"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldPanel("note"),
            ],
            heading=_("Contact (not public)"),
        ),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("organisation")


class MemberOrganisationViewSet(ScopedSnippetViewSet):
    model = MemberOrganisation
    icon = "site"
    menu_label = _("Member organisations")
    list_display = ["name", "kind", "slug"]
    list_filter = ["kind", "organisations"]
    search_fields = ["name"]
    edit_handler = register_panels(
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("slug")]),
        FieldPanel("organisations", widget=forms.CheckboxSelectMultiple),
    )


class AppointmentViewSet(ScopedSnippetViewSet):
    model = Appointment
    icon = "group"
    menu_label = _("Appointments")
    list_display = [
        "person",
        "role",
        "body",
        "member_organisation",
        "term_from",
        "term_to",
    ]
    list_filter = ["body", "member_organisation", "role"]
    search_fields = ["person__name", "member_organisation__name", "body__title"]
    edit_handler = register_panels(
        FieldRowPanel([FieldPanel("person"), FieldPanel("member_organisation")]),
        FieldPanel("body"),
        FieldRowPanel(
            [FieldPanel("role"), FieldPanel("party"), FieldPanel("seat_group")]
        ),
        FieldRowPanel([FieldPanel("term_from"), FieldPanel("term_to")]),
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("person", "member_organisation", "body")
        )


class RepresentativesViewSetGroup(SnippetViewSetGroup):
    items = (AppointmentViewSet, PersonViewSet, MemberOrganisationViewSet)
    menu_icon = "group"
    menu_label = _("Representatives")
    menu_name = "representatives"
    menu_order = 250


REGISTER_MODELS = (Person, MemberOrganisation, Appointment)
