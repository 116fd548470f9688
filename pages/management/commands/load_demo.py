"""`manage.py load_demo`: the demo site built from the five source documents."""

from django.core.management.base import BaseCommand
from django.db import transaction

from pages.demo import HOME
from pages.demo.builder import CREATED, UNCHANGED, UPDATED, DemoBuilder
from pages.demo.english import ENGLISH
from pages.demo.representatives import load_representatives
from pages.demo.translator import DemoTranslator
from pages.demo.users import ensure_demo_users, set_up_organisations


class Command(BaseCommand):
    help = (
        "Build the demo site from the five source documents: a home page (made the "
        "default Site's root, replacing Wagtail's welcome page) with the organisations "
        "of Västra Götaland, Halland and Jönköping, their specifications, routines, "
        "bodies, guidance and glossary, all published; English translations (made "
        "with wagtail-localize) of the home page and Västra Götaland's organisation "
        "page, specification, Leadership Council and Assistive Devices Forum; a "
        "register of fictional representatives in some of the bodies; then one demo "
        "user per role. "
        "Safe to run again: pages are found by slug under their parent, a page whose "
        "content differs from the demo data gets a new published revision, and an "
        "unchanged page is skipped (reported as 'unchanged'). Demo users keep their "
        "accounts but get the printed demo passwords back."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-users",
            action="store_true",
            help="Create no demo users (the organisations' groups and workflows are "
            "still set up).",
        )

    def handle(self, *args, no_users=False, verbosity=1, **options):
        write = self.stdout.write if verbosity > 0 else _silent
        builder = DemoBuilder(write=write)
        translator = DemoTranslator(builder.pages, write=write)
        with transaction.atomic():
            home = builder.build_site(HOME)
            groups = set_up_organisations(home)
            translator.translate_all(ENGLISH)
            appointments = load_representatives(builder.pages)
            users = [] if no_users else ensure_demo_users(groups)

        for label, outcomes in (
            ("Demo pages", builder.outcomes),
            ("English translations", translator.outcomes),
        ):
            counts = {o: outcomes.count(o) for o in (CREATED, UPDATED, UNCHANGED)}
            self.stdout.write(
                self.style.SUCCESS(
                    f"{label}: {counts[CREATED]} created, {counts[UPDATED]} updated, "
                    f"{counts[UNCHANGED]} unchanged."
                )
            )
        self.stdout.write(
            self.style.SUCCESS(f"Register of representatives: {appointments} seats.")
        )
        if users:
            self._print_users(users)

    def _print_users(self, users):
        rows = [("Username", "Role", "Group", "Password")] + [
            (u.username, u.role, group or "(superuser)", u.password)
            for u, group in users
        ]
        widths = [max(len(r[i]) for r in rows) for i in range(4)]
        self.stdout.write("")
        for index, row in enumerate(rows):
            cells = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
            self.stdout.write("  ".join(cells).rstrip())
            if index == 0:
                self.stdout.write("  ".join("-" * w for w in widths))
        self.stdout.write(
            self.style.WARNING(
                "These are demo credentials: never use them on a site others can reach."
            )
        )


def _silent(message):
    """Progress lines are dropped at --verbosity 0."""
