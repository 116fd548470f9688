"""`manage.py fault_drill`: gunicorn with production settings on a throw-away
PostgreSQL database, readers and a publishing editor, optionally PostgreSQL restarted
half-way; checks that no acknowledged edit is lost and the site answers again.
See docs/operations.md."""

import argparse
import os
import shutil
import signal
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

import psycopg
from django.core.management.base import BaseCommand, CommandError

from govsite.bench.server import ServerError
from govsite.faults import DrillError, edit_until, run_drill


class Command(BaseCommand):
    help = (
        "Load the site (gunicorn, production settings, a throw-away PostgreSQL "
        "database) with readers while an editor publishes; with --restart-postgres "
        "restart PostgreSQL half-way. Exits non-zero when a check fails."
    )

    def add_arguments(self, parser):
        parser.add_argument("--readers", type=int, default=50)
        parser.add_argument("--duration", type=int, default=60, help="Seconds.")
        parser.add_argument(
            "--restart-postgres",
            action="store_true",
            help="Restart the local PostgreSQL cluster half-way (as root).",
        )
        parser.add_argument(
            "--grace",
            type=float,
            default=5.0,
            help="Seconds after PostgreSQL is back during which errors are allowed.",
        )
        parser.add_argument("--workers", type=int, default=3, help="gunicorn's.")
        parser.add_argument("--organisations", type=int, default=2)
        parser.add_argument("--bodies", type=int, default=10, help="Per organisation.")
        parser.add_argument(
            "--database-url",
            default=os.environ.get("DATABASE_URL", ""),
            help="The PostgreSQL server and credentials; the drill creates and drops "
            "a database <name>_drill there (default: $DATABASE_URL).",
        )
        # Internal: the editor's child process.
        parser.add_argument("--editor", metavar="BODY_URL", help=argparse.SUPPRESS)

    def handle(self, *args, **options):
        if options["editor"]:
            edit_until(options["editor"], options["duration"], self.stdout.write)
            return
        if options["readers"] < 1 or options["duration"] < 2:
            raise CommandError("--readers must be at least 1, --duration at least 2.")
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
        workdir = Path(tempfile.mkdtemp(prefix="govsite-drill-"))
        try:
            outcome = run_drill({**options, "workdir": workdir}, self.stdout.write)
        except (DrillError, ServerError, psycopg.Error) as error:
            raise CommandError(str(error)) from error
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        for name, value in asdict(outcome).items():
            self.stdout.write(f"  {name.replace('_', ' '):<24} {value}")
        problems = outcome.failures(options["grace"])
        if problems:
            raise CommandError("Fault drill failed: " + "; ".join(problems) + ".")
        self.stdout.write(self.style.SUCCESS("Fault drill passed."))
