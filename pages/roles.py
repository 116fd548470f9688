"""Roles per organisation: groups, their permissions in the organisation's tree, and
the approval workflow (preparation, then decision) that publishes its pages.

An organisation's translations (its English tree) get the same groups and workflow:
a translation is a change like any other."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import DecisionTask

EDITORS, PREPARERS, APPROVERS = "editors", "preparers", "approvers"

#: role -> (group name suffix, page permission codenames). Nobody publishes directly:
#: the workflow publishes when its last task is approved. Names are data (Swedish,
#: the content language), not interface text: they must not change with the language.
ROLES = {
    EDITORS: ("Redaktörer", ("add_page", "change_page", "lock_page")),
    PREPARERS: ("Beredare", ("add_page", "change_page", "lock_page")),
    APPROVERS: ("Beslutsfattare", ("add_page", "change_page", "lock_page")),
}
WORKFLOW_NAME, PREPARATION_NAME, DECISION_NAME = (
    "Beredning och beslut",
    "Beredning",
    "Beslut",
)
DOCUMENT_PERMISSIONS = ("add_document", "change_document", "choose_document")
#: The register of representatives (pages.representation.admin), kept by editors; the
#: admin limits each group to its own organisation's records.
REGISTER_MODELS = ("person", "memberorganisation", "appointment")
REGISTER_ACTIONS = ("add", "change", "delete", "view")


def source_organisation(organisation):
    """The organisation as first written, in the default language (Swedish): the
    groups and workflow are named after it, whichever translation is given."""
    return organisation.get_translation_or_none(Locale.get_default()) or organisation


def organisation_label(organisation):
    return organisation.short_name or organisation.title


def group_name(organisation, role):
    return f"{organisation_label(organisation)}: {ROLES[role][0]}"


def _permissions(app_label, model, codenames):
    return {
        permission.codename: permission
        for permission in Permission.objects.filter(
            content_type__app_label=app_label,
            content_type__model=model,
            codename__in=codenames,
        )
    }


@transaction.atomic
def ensure_organisation_roles(organisation):
    """Create (or complete) the organisation's groups; return {role: group}.

    Permissions apply to the organisation page and every translation of it, so an
    editor of one organisation can do nothing in another's tree."""
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    page_permissions = _permissions(
        "wagtailcore",
        "page",
        {code for _name, codes in ROLES.values() for code in codes},
    )
    document_permissions = _permissions("wagtaildocs", "document", DOCUMENT_PERMISSIONS)
    register_permissions = Permission.objects.filter(
        content_type__app_label="pages",
        content_type__model__in=REGISTER_MODELS,
        codename__in=[
            f"{action}_{model}"
            for model in REGISTER_MODELS
            for action in REGISTER_ACTIONS
        ],
    )
    root_collection = Collection.get_first_root_node()
    trees = list(organisation.get_translations(inclusive=True))
    groups = {}
    for role, (_name, codenames) in ROLES.items():
        group, _created = Group.objects.get_or_create(
            name=group_name(organisation, role)
        )
        group.permissions.add(access_admin)
        for tree in trees:
            for codename in codenames:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=tree, permission=page_permissions[codename]
                )
        for permission in document_permissions.values():
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )
        if role == EDITORS:
            group.permissions.add(*register_permissions)
        groups[role] = group
    return groups


@transaction.atomic
def ensure_organisation_workflow(organisation, groups):
    """The organisation's workflow: preparation by preparers, then decision by
    approvers (skipped for editorial changes); assigned to the organisation's tree."""
    label = organisation_label(organisation)
    workflow, _created = Workflow.objects.get_or_create(
        name=f"{label}: {WORKFLOW_NAME}"
    )
    preparation, _created = GroupApprovalTask.objects.get_or_create(
        name=f"{label}: {PREPARATION_NAME}"
    )
    preparation.groups.set([groups[PREPARERS]])
    decision, _created = DecisionTask.objects.get_or_create(
        name=f"{label}: {DECISION_NAME}", defaults={"organisation": organisation}
    )
    decision.organisation = organisation
    decision.save()
    decision.groups.set([groups[APPROVERS]])
    for order, task in enumerate([preparation, decision]):
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task=task, defaults={"sort_order": order}
        )
    for tree in organisation.get_translations(inclusive=True):
        WorkflowPage.objects.update_or_create(
            page=tree, defaults={"workflow": workflow}
        )
    return workflow


def set_up_organisation(organisation):
    """Groups and workflow of the organisation, applied to every translation of it;
    `organisation` may be any of its translations."""
    organisation = source_organisation(organisation)
    groups = ensure_organisation_roles(organisation)
    workflow = ensure_organisation_workflow(organisation, groups)
    return groups, workflow


def extend_to_translation(organisation):
    """A new translation of an organisation (or an alias made for one while
    translating a page below it) gets the groups' permissions and the workflow,
    if the organisation has been set up; returns (groups, workflow) or None."""
    source = source_organisation(organisation)
    if source.pk == organisation.pk:
        return None  # the organisation itself: `setup_workflows` sets it up
    if not WorkflowPage.objects.filter(page=source).exists():
        return None
    return set_up_organisation(source)
