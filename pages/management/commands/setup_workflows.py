"""`manage.py setup_workflows`: groups, permissions and approval workflow for every
organisation. Safe to run again; run it after adding an organisation."""

from django.core.management.base import BaseCommand
from wagtail.models import Locale

from pages.models import OrganisationPage
from pages.roles import set_up_organisation


class Command(BaseCommand):
    help = (
        "Create or complete, for every organisation, its groups (editors, preparers, "
        "approvers) with permissions in its own tree only, and its approval workflow "
        "(preparation, then decision for substantive changes). Safe to run again."
    )

    def handle(self, *args, **options):
        organisations = OrganisationPage.objects.filter(
            locale=Locale.get_default()
        ).order_by("path")
        for organisation in organisations:
            groups, workflow = set_up_organisation(organisation)
            self.stdout.write(
                f"{organisation.title}: workflow “{workflow.name}”, groups "
                + ", ".join(f"“{group.name}”" for group in groups.values())
            )
        self.stdout.write(
            self.style.SUCCESS(f"{len(organisations)} organisations set up.")
        )
