"""What the preparing child process does (`manage.py bench --prepare OUTPUT`), with
exactly the environment gunicorn gets: migrate, collectstatic, the benchmark pages,
the synthetic site; then it writes what the parent needs to know as JSON."""

import json
import os
import time
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from pages.models import BodyPage, OrganisationPage
from pages.synthetic import SyntheticSite

from .content import build_bench_content, serve_from_default_site
from .report import minutes
from .server import PREPARE_ENV, STATIC_ROOT_ENV

STATIC_ROOT_LINE = (
    f'STATIC_ROOT = Path(os.environ.get("{STATIC_ROOT_ENV}") '
    'or BASE_DIR / "var" / "static")'
)


#: Published versions of the page whose change log is compared with the one of
#: `--versions` versions.
FEW_VERSIONS = 10


class PrepareError(RuntimeError):
    pass


def version_pages(home, versions, write):
    """(page with FEW_VERSIONS versions, page with `versions` versions): the first
    synthetic body has the many (generate_site), the second gets the few here."""
    first, second = (
        BodyPage.objects.descendant_of(home)
        .filter(slug__in=["organ-1", "organ-2"], url_path__contains="/syntetisk-0/")
        .order_by("path")[:2]
    )
    SyntheticSite(home, seed=2, write=write).add_versions(second, FEW_VERSIONS - 1)
    return second, first


def organisation_url(home, route):
    """The address of one of the first synthetic organisation's views."""
    organisation = OrganisationPage.objects.child_of(home).get(slug="syntetisk-0")
    return organisation.url + organisation.reverse_subpage(route)


def prepare(output, sizes, write):
    """Fill the benchmark database; `sizes`: generate_site's organisations, bodies
    and versions. Writes the URLs and figures the parent needs to `output`."""
    if os.environ.get(PREPARE_ENV) != "1":
        raise PrepareError("--prepare is run by `manage.py bench` itself.")
    if Path(settings.STATIC_ROOT) != Path(os.environ[STATIC_ROOT_ENV]):
        raise PrepareError(
            f"settings/base.py does not read STATIC_ROOT from {STATIC_ROOT_ENV}; "
            f"the benchmark needs this line there:\n    {STATIC_ROOT_LINE}"
        )
    started = time.monotonic()
    call_command("migrate", interactive=False, verbosity=0)
    write(f"migrated ({minutes(time.monotonic() - started)})")
    call_command("collectstatic", interactive=False, verbosity=0)
    write("collected the static files")
    with transaction.atomic():
        content = build_bench_content()
        # generate_site builds under the default site's root, which must be a HomePage.
        serve_from_default_site(content.home)
    write("built and published the benchmark pages")
    write(
        "generating the synthetic site: {organisations} organisations × "
        "{bodies} bodies, {versions} versions".format(**sizes)
    )
    call_command("generate_site", **sizes)
    few, many = version_pages(content.home, sizes["versions"], write)
    with translation.override(content.home.locale.language_code):
        search_path = reverse("search:search")
    live_pages = Page.objects.live().count()
    write(f"ready: {live_pages} live pages ({minutes(time.monotonic() - started)})")
    output.write_text(
        json.dumps(
            {
                "body_url": content.body_page.url,
                "plain_url": content.plain_page.url,
                "specification_url": content.body_page.get_parent().url,
                "org_chart_url": organisation_url(content.home, "org_chart"),
                "few_versions": {"url": few.url, "versions": FEW_VERSIONS},
                "many_versions": {"url": many.url, "versions": sizes["versions"]},
                "search_path": search_path,
                "live_pages": live_pages,
                "body_text_length": content.body_text_length,
                "plain_text_length": content.plain_text_length,
            }
        )
    )
