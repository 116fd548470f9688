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
    PAGE_CACHE_SECONDS,
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
#: about 10 minutes (generating takes about 0.3 s per body page; versions are
#: written in bulk).
SITE_OPTIONS = (
    ("organisations", 3, ""),
    ("bodies", 100, " per organisation"),
    ("versions", 1000, " of the first body, for the change log"),
)


class Command(BaseCommand):
    help = (
        "Benchmark gunicorn with production settings on throw-away databases holding "
        "a large synthetic site: requests/s, p50 and p95 of a static file, a body "
        "page, a plain page and three searches."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--duration", type=int, default=6, help="Seconds of load per URL (6)."
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
        if (
            options["organisations"] < 1
            or options["bodies"] < 2
            or options["versions"] < 2
        ):
            raise CommandError(
                "The bench needs --organisations ≥ 1, --bodies ≥ 2 (a page with "
                "10 versions and one with --versions) and --versions ≥ 2."
            )
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
                    self.serve_and_measure(db, prep, driver, lua_script, options)
                    for db, prep in zip(databases, prepared, strict=True)
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

    def serve_and_measure(self, database, prepared, driver, lua_script, options):
        few, many = prepared["few_versions"], prepared["many_versions"]
        paths = {
            report.STATIC: hashed_static_url(
                database.workdir / "static", SITE_STYLESHEET
            ),
            report.PLAIN: prepared["plain_url"],
            report.BODY: prepared["body_url"],
            "specification": prepared["specification_url"],
            report.change_log_row(few["versions"]): few["url"] + "versions/",
            report.change_log_row(many["versions"]): many["url"] + "versions/",
            "diff": f"{many['url']}versions/{many['versions'] - 1}/diff/"
            f"{many['versions']}/",
            "org chart": prepared["org_chart_url"],
            **{s.name: s.path(prepared["search_path"]) for s in SEARCHES},
        }
        self.step(
            f"{database.vendor}: {prepared['live_pages']} live pages; starting "
            f"gunicorn, {WORKERS} workers, production settings, page cache off"
        )
        measuring = {"driver": driver, "lua_script": lua_script, "options": options}
        env = production_environment(database.url, database.workdir / "static")
        with GunicornServer(
            env, database.workdir / "gunicorn.log", workers=WORKERS
        ) as server:
            urls = {name: server.base_url + path for name, path in paths.items()}
            hits = self.check_urls(database, server, urls)
            results = self.measure_urls(
                database, urls, urls[report.STATIC], **measuring
            )
        self.step(
            f"{database.vendor}: restarting gunicorn with the page cache on "
            f"({PAGE_CACHE_SECONDS} s)"
        )
        env = production_environment(
            database.url,
            database.workdir / "static",
            page_cache_seconds=PAGE_CACHE_SECONDS,
        )
        log = database.workdir / "gunicorn-cached.log"
        with GunicornServer(env, log, workers=WORKERS) as server:
            cached = {report.BODY_CACHED: server.base_url + paths[report.BODY]}
            self.check_urls(database, server, cached)
            idle_url = server.base_url + paths[report.STATIC]
            results.update(self.measure_urls(database, cached, idle_url, **measuring))
        order = [report.STATIC, report.PLAIN, report.BODY, report.BODY_CACHED]
        results = {
            **{name: results[name] for name in order},
            **{name: result for name, result in results.items() if name not in order},
        }
        duration = options["duration"]
        ratios = report.ratios(
            results,
            [s.name for s in SEARCHES],
            duration,
            report.page_targets(few["versions"], many["versions"]),
        )
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

    def check_urls(self, database, server, urls):
        """Every URL answers 200 (which warms the workers); the searches, if among
        them, find what they should. Returns the searches' hits."""
        try:
            for url in urls.values():
                check_answers_200(url)
            searches = {s.name: urls[s.name] for s in SEARCHES if s.name in urls}
            hits = check_hits(searches) if searches else {}
        except LoadError as error:
            raise LoadError(
                f"{database.vendor}: {error}\nLast lines of the gunicorn log:\n"
                + server.log_tail()
            ) from error
        if hits:
            self.stdout.write(
                "  search hits: "
                + ", ".join(f"{name} {count}" for name, count in hits.items())
            )
        return hits

    def measure_urls(self, database, urls, idle_url, *, driver, lua_script, options):
        """{name: LoadResult}, one URL after the other; after each, waits until
        gunicorn answers `idle_url` (the static file) at once again."""
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
            waited = wait_until_idle(idle_url, WORKERS)
            if waited > 1:
                self.stdout.write(f"  gunicorn idle again after {waited:.1f} s")
        return results

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
