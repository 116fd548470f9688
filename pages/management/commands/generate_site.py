"""`manage.py generate_site`: a large synthetic site for benchmarks and load tests."""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from pages.models import HomePage
from pages.synthetic import SyntheticSite


class Command(BaseCommand):
    help = (
        "Add synthetic organisations, each with a specification of N bodies (with "
        "realistic governance blocks) and a routine, under the default site's home "
        "page; and give one body many published versions. For benchmarks and load "
        "tests, never for a production database."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--organisations", type=int, default=10, help="Organisations (10)."
        )
        parser.add_argument(
            "--bodies", type=int, default=100, help="Per organisation (100)."
        )
        parser.add_argument(
            "--versions",
            type=int,
            default=1000,
            help="Published versions of the first organisation's first body, its "
            "first publication included (1000).",
        )
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, organisations, bodies, versions, seed, **options):
        if min(organisations, bodies, versions) < 0:
            raise CommandError("Counts cannot be negative.")
        home = Site.objects.get(is_default_site=True).root_page.specific
        if not isinstance(home, HomePage):
            raise CommandError(
                "The default site's root is not a HomePage: run `manage.py load_demo` "
                "first (it sets up the home page)."
            )
        existing = home.get_children().filter(slug__startswith="syntetisk-").count()
        if existing:
            raise CommandError(
                f"{existing} synthetic organisations exist already; "
                "use a fresh database."
            )
        site = SyntheticSite(home, seed=seed, write=self.stdout.write)
        first_body = None
        for index in range(organisations):
            organisation, specification = site.build_organisation(index, bodies)
            first_body = first_body or specification.get_children().first()
            self.stdout.write(
                f"{index + 1}/{organisations} {organisation.title}: {bodies} bodies"
            )
        if first_body is not None and versions > 1:
            self.stdout.write(
                f"Publishing {versions - 1} more versions of {first_body.title} …"
            )
            site.add_versions(first_body.specific, versions - 1)
        self.stdout.write(self.style.SUCCESS("Synthetic site ready."))
