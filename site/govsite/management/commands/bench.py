"""`manage.py bench`: serve the site as production does (gunicorn, production settings,
whitenoise) and measure a static file, a body page and a plain page with the same
text from a second process on loopback. See docs/benchmarks.md."""

import argparse
import json
import os
import shutil
import signal
import sys
import tempfile
from pathlib import Path

import psycopg
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from govsite.bench import report
from govsite.bench.content import build_bench_content, serve_from_default_site
from govsite.bench.database import BenchDatabase
from govsite.bench.load import LoadError, check_answers_200, choose_driver, measure
from govsite.bench.server import (
    PREPARE_ENV,
    STATIC_ROOT_ENV,
    GunicornServer,
    ServerError,
    production_environment,
    run_prepare,
)

#: The stylesheet base.html links, measured as "the static file".
SITE_STYLESHEET = "css/site.css"
WORKERS = 2
STATIC_ROOT_LINE = (
    f'STATIC_ROOT = Path(os.environ.get("{STATIC_ROOT_ENV}") '
    'or BASE_DIR / "var" / "static")'
)


class Command(BaseCommand):
    help = (
        "Benchmark gunicorn with production settings on a throw-away database: "
        "requests/s, p50 and p95 of a static file, a body page and a plain page."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--duration", type=int, default=10, help="Seconds of load per URL (10)."
        )
        parser.add_argument(
            "--connections", type=int, default=16, help="Concurrent connections (16)."
        )
        parser.add_argument(
            "--database-url",
            default=os.environ.get("DATABASE_URL", ""),
            help="A postgres:// URL runs on that server, in a database named "
            "<name>_bench that is created and dropped; otherwise a temporary SQLite "
            "file (default: $DATABASE_URL).",
        )
        parser.add_argument(
            "--driver",
            choices=["auto", "wrk", "python"],
            default="auto",
            help="Load generator: wrk when on PATH (auto), or the Python one.",
        )
        parser.add_argument(
            "--keep",
            action="store_true",
            help="Keep the temporary directory (and the PostgreSQL bench database).",
        )
        # Internal: the child process that migrates and fills the bench database.
        parser.add_argument("--prepare", metavar="OUTPUT", help=argparse.SUPPRESS)

    def handle(self, *args, **options):
        if options["prepare"]:
            self.prepare(Path(options["prepare"]))
            return
        if options["duration"] < 1 or options["connections"] < 1:
            raise CommandError("--duration and --connections must be at least 1.")
        # Turn `kill` into an exception too, so that the clean-up below runs.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
        try:
            self.benchmark(options)
        except KeyboardInterrupt:
            raise CommandError("Interrupted.", returncode=130) from None
        except (LoadError, ServerError, ValueError, psycopg.Error) as error:
            raise CommandError(str(error)) from error

    def benchmark(self, options):
        driver = choose_driver(options["driver"])
        workdir = Path(tempfile.mkdtemp(prefix="govsite-bench-"))
        try:
            with BenchDatabase(
                options["database_url"], workdir, keep=options["keep"]
            ) as database:
                self.step(f"Database: {database.vendor}, {database.name}")
                env = production_environment(database.url, workdir / "static")
                prepared = self.prepare_in_child(env, workdir)
                results = self.serve_and_measure(
                    env, workdir, prepared, driver, options
                )
        finally:
            if options["keep"]:
                self.step(f"Kept {workdir}")
            else:
                shutil.rmtree(workdir, ignore_errors=True)
        self.print_and_save(results, prepared, database, driver, options)

    def prepare_in_child(self, env, workdir):
        self.step("Preparing: migrate, collectstatic, build and publish pages")
        output = workdir / "prepared.json"
        run_prepare(env, output)
        prepared = json.loads(output.read_text())
        self.stdout.write(
            f"  visible text: body page {prepared['body_text_length']} characters, "
            f"plain page {prepared['plain_text_length']}"
        )
        return prepared

    def serve_and_measure(self, env, workdir, prepared, driver, options):
        paths = {
            "static file": settings.STATIC_URL + hashed_name(workdir / "static"),
            "body page": prepared["body_url"],
            "plain page": prepared["plain_url"],
        }
        self.step(f"Starting gunicorn, {WORKERS} workers, production settings")
        with GunicornServer(env, workdir / "gunicorn.log", workers=WORKERS) as server:
            urls = {name: server.base_url + path for name, path in paths.items()}
            return self.measure_all(
                server, urls, driver, options["duration"], options["connections"]
            )

    def measure_all(self, server, urls, driver, duration, connections):
        for name, url in urls.items():
            try:
                check_answers_200(url)
            except LoadError as error:
                raise LoadError(
                    f"{name}: {error}\nLast lines of the gunicorn log:\n"
                    + server.log_tail()
                ) from error
        results = {}
        for name, url in urls.items():
            self.step(
                f"Measuring the {name} for {duration} s, {driver}, "
                f"{connections} connections: {url}"
            )
            results[name] = measure(
                name, url, driver=driver, duration=duration, connections=connections
            )
        return results

    def print_and_save(self, results, prepared, database, driver, options):
        ratios = report.ratios(results)
        self.stdout.write("")
        self.stdout.write(report.format_table(results))
        self.stdout.write("")
        self.stdout.write(report.format_ratios(ratios))
        path = report.write_json(
            settings.BASE_DIR / "var" / "bench",
            {
                "settings": "govsite.settings.production",
                "gunicorn_workers": WORKERS,
                "database": database.vendor,
                "driver": driver,
                "duration_s": options["duration"],
                "connections": options["connections"],
                "visible_text_characters": {
                    "body page": prepared["body_text_length"],
                    "plain page": prepared["plain_text_length"],
                },
                "results": [result.as_dict() for result in results.values()],
                "ratios": ratios,
            },
        )
        self.stdout.write(f"\nFigures written to {path}")

    def prepare(self, output):
        """Runs in the child process, with the environment gunicorn gets."""
        if os.environ.get(PREPARE_ENV) != "1":
            raise CommandError("--prepare is run by `manage.py bench` itself.")
        if Path(settings.STATIC_ROOT) != Path(os.environ[STATIC_ROOT_ENV]):
            raise CommandError(
                f"settings/base.py does not read STATIC_ROOT from {STATIC_ROOT_ENV}; "
                f"the benchmark needs this line there:\n    {STATIC_ROOT_LINE}"
            )
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write("  migrated")
        call_command("collectstatic", interactive=False, verbosity=0)
        self.stdout.write(f"  collected static files into {settings.STATIC_ROOT}")
        with transaction.atomic():
            content = build_bench_content()
            serve_from_default_site(content.home)
        self.stdout.write("  built and published the pages")
        output.write_text(
            json.dumps(
                {
                    "body_url": content.body_page.url,
                    "plain_url": content.plain_page.url,
                    "body_text_length": content.body_text_length,
                    "plain_text_length": content.plain_text_length,
                }
            )
        )

    def step(self, message):
        self.stdout.write(self.style.MIGRATE_HEADING(message))


def hashed_name(static_root):
    """The stylesheet's hashed file name, from the manifest collectstatic wrote."""
    manifest = json.loads((static_root / "staticfiles.json").read_text())
    try:
        return manifest["paths"][SITE_STYLESHEET]
    except KeyError:
        raise ServerError(
            f"{SITE_STYLESHEET} is not among the collected static files."
        ) from None
