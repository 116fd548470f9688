"""`manage.py bench`: serve the site as production does (gunicorn, production settings,
whitenoise) on throw-away databases holding a large synthetic site, and measure a
static file, a body page, a plain page with the same text and three searches from a
second process on loopback. See docs/benchmarks.md."""

import argparse
import json
import os
import shutil
import signal
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

import psycopg
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from govsite.bench import report
from govsite.bench.database import BenchDatabase, choose_databases
from govsite.bench.load import (
    LoadError,
    check_answers_200,
    choose_driver,
    measure,
    wait_until_idle,
)
from govsite.bench.prepare import PrepareError, prepare
from govsite.bench.searches import SEARCHES, check_hits
from govsite.bench.server import (
    GunicornServer,
    ServerError,
    hashed_static_url,
    production_environment,
    run_prepares,
)
from govsite.bench.wrk import write_lua_script

#: The stylesheet base.html links, measured as "the static file".
SITE_STYLESHEET = "css/site.css"
WORKERS = 2
#: The synthetic site's size: `make bench` on 2 cores, SQLite and PostgreSQL, in
#: under 10 minutes (generating takes about 0.3 s per body page and per version).
SITE_OPTIONS = (
    ("organisations", 5, ""),
    ("bodies", 100, " per organisation"),
    ("versions", 0, " of the first body"),
)


class Command(BaseCommand):
    help = (
        "Benchmark gunicorn with production settings on throw-away databases holding "
        "a large synthetic site: requests/s, p50 and p95 of a static file, a body "
        "page, a plain page and three searches."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--duration", type=int, default=10, help="Seconds of load per URL (10)."
        )
        parser.add_argument(
            "--connections", type=int, default=16, help="Concurrent connections (16)."
        )
        parser.add_argument(
            "--databases",
            help="Comma-separated: sqlite, postgres (default: sqlite, and postgres "
            "when a server answers at --database-url or 127.0.0.1:5432).",
        )
        parser.add_argument(
            "--database-url",
            default=os.environ.get("DATABASE_URL", ""),
            help="The PostgreSQL server and credentials: the run uses a database "
            "named <name>_bench there, created and dropped (default: $DATABASE_URL "
            "when it is a postgres:// URL, else postgres://postgres@127.0.0.1:5432/"
            "govsite). SQLite always runs on a temporary file.",
        )
        for name, default, unit in SITE_OPTIONS:
            parser.add_argument(
                f"--{name}",
                type=int,
                default=default,
                help=f"Synthetic site: {name}{unit} ({default}).",
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
        # Internal: the child process that migrates and fills a bench database.
        parser.add_argument("--prepare", metavar="OUTPUT", help=argparse.SUPPRESS)

    def handle(self, *args, **options):
        if options["prepare"]:
            self.prepare(Path(options["prepare"]), options)
            return
        if options["duration"] < 1 or options["connections"] < 1:
            raise CommandError("--duration and --connections must be at least 1.")
        if min(options[name] for name, _default, _unit in SITE_OPTIONS) < 0:
            raise CommandError("--organisations, --bodies and --versions must be ≥ 0.")
        # Turn `kill` into an exception too, so that the clean-up below runs.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
        try:
            self.benchmark(options)
        except KeyboardInterrupt:
            raise CommandError("Interrupted.", returncode=130) from None
        except (LoadError, ServerError, ValueError, psycopg.Error) as error:
            raise CommandError(str(error)) from error

    def benchmark(self, options):
        started = time.monotonic()
        driver = choose_driver(options["driver"])
        choices, note = choose_databases(options["databases"], options["database_url"])
        if note:
            self.stdout.write(note)
        workdir = Path(tempfile.mkdtemp(prefix="govsite-bench-"))
        try:
            with ExitStack() as stack:
                databases = []
                for name, url in choices:
                    (workdir / name).mkdir()
                    database = BenchDatabase(url, workdir / name, keep=options["keep"])
                    databases.append(stack.enter_context(database))
                    self.step(f"Database: {database.vendor}, {database.name}")
                envs = [
                    production_environment(db.url, db.workdir / "static")
                    for db in databases
                ]
                prepared = self.prepare_in_children(databases, envs, options)
                lua_script = write_lua_script(workdir) if driver == "wrk" else None
                runs = [
                    self.serve_and_measure(db, env, prep, driver, lua_script, options)
                    for db, env, prep in zip(databases, envs, prepared, strict=True)
                ]
        finally:
            if options["keep"]:
                self.step(f"Kept {workdir}")
            else:
                shutil.rmtree(workdir, ignore_errors=True)
        self.print_and_save(runs, driver, options, time.monotonic() - started)

    def prepare_in_children(self, databases, envs, options):
        self.step(
            "Preparing, one child process per database at once: migrate, "
            "collectstatic, the benchmark pages, the synthetic site"
        )
        args = [f"--{name}={options[name]}" for name, _default, _unit in SITE_OPTIONS]
        jobs = [
            (db.vendor, env, db.workdir / "prepared.json", args)
            for db, env in zip(databases, envs, strict=True)
        ]
        run_prepares(jobs, self.stdout.write)
        return [json.loads(output.read_text()) for _, _, output, _ in jobs]

    def serve_and_measure(self, database, env, prepared, driver, lua_script, options):
        paths = {
            "static file": hashed_static_url(
                database.workdir / "static", SITE_STYLESHEET
            ),
            "body page": prepared["body_url"],
            "plain page": prepared["plain_url"],
            **{s.name: s.path(prepared["search_path"]) for s in SEARCHES},
        }
        self.step(
            f"{database.vendor}: {prepared['live_pages']} live pages; starting "
            f"gunicorn, {WORKERS} workers, production settings"
        )
        log = database.workdir / "gunicorn.log"
        with GunicornServer(env, log, workers=WORKERS) as server:
            urls = {name: server.base_url + path for name, path in paths.items()}
            try:
                for url in urls.values():
                    check_answers_200(url)
                hits = check_hits(urls)
            except LoadError as error:
                raise LoadError(
                    f"{database.vendor}: {error}\nLast lines of the gunicorn log:\n"
                    + server.log_tail()
                ) from error
            self.stdout.write(
                "  search hits: "
                + ", ".join(f"{name} {count}" for name, count in hits.items())
            )
            results = {}
            for name, url in urls.items():
                self.step(
                    f"{database.vendor}: measuring the {name} for "
                    f"{options['duration']} s, {driver}, "
                    f"{options['connections']} connections: {url}"
                )
                results[name] = measure(
                    name,
                    url,
                    driver=driver,
                    duration=options["duration"],
                    connections=options["connections"],
                    lua_script=lua_script,
                )
                waited = wait_until_idle(urls["static file"], WORKERS)
                if waited > 1:
                    self.stdout.write(f"  gunicorn idle again after {waited:.1f} s")
        duration = options["duration"]
        ratios = report.ratios(results, [s.name for s in SEARCHES], duration)
        self.stdout.write(
            f"\n{database.vendor}, {prepared['live_pages']} live pages; visible text: "
            f"body page {prepared['body_text_length']} characters, "
            f"plain page {prepared['plain_text_length']}"
        )
        self.stdout.write(report.format_table(results, hits, duration))
        self.stdout.write("")
        self.stdout.write(report.format_ratios(ratios))
        self.stdout.write("")
        return {
            "database": database.vendor,
            "live_pages": prepared["live_pages"],
            "visible_text_characters": {
                "body page": prepared["body_text_length"],
                "plain page": prepared["plain_text_length"],
            },
            "search_hits": hits,
            "results": {name: result.as_dict() for name, result in results.items()},
            "ratios": ratios,
        }

    def print_and_save(self, runs, driver, options, seconds):
        self.step("Summary")
        self.stdout.write(report.format_summary(runs))
        path = report.write_json(
            settings.BASE_DIR / "var" / "bench",
            {
                "settings": "govsite.settings.production",
                "gunicorn_workers": WORKERS,
                "driver": driver,
                "duration_s": options["duration"],
                "connections": options["connections"],
                "synthetic_site": {
                    name: options[name] for name, _default, _unit in SITE_OPTIONS
                },
                "searches": {
                    s.name: {"query": s.query, "what": s.description} for s in SEARCHES
                },
                "runs": runs,
                "total_seconds": round(seconds),
            },
        )
        self.stdout.write(f"\nFigures written to {path}")
        self.stdout.write(f"The whole run took {report.minutes(seconds)}.")

    def prepare(self, output, options):
        """Runs in a child process, with the environment gunicorn gets."""
        sizes = {name: options[name] for name, _default, _unit in SITE_OPTIONS}
        try:
            prepare(output, sizes, self.stdout.write)
        except PrepareError as error:
            raise CommandError(str(error)) from error

    def step(self, message):
        self.stdout.write(self.style.MIGRATE_HEADING(message))
