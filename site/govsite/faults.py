"""The fault drill (`manage.py fault_drill`): the site as production runs it under
load, with an editor publishing, optionally with PostgreSQL restarted half-way.

- A throw-away PostgreSQL database `<name>_drill`, created and dropped.
- The benchmark's preparation (migrate, collectstatic, its pages and a small
  synthetic site) and its gunicorn server with production settings
  (`govsite.bench.server`), used as they are.
- Readers: threads with their own HTTP connections reading public pages, every
  request timed and its outcome kept.
- An editor: a child process with the production environment that publishes a change
  to the body page again and again (`save_revision().publish()`, which writes the
  change-log entry); a publish that returned is an acknowledged edit.
- Afterwards every acknowledged edit is looked up in the database: its change-log
  entry with its revision.
"""

import http.client
import json
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import dj_database_url
import psycopg
from django.conf import settings
from django.db import DatabaseError, close_old_connections
from psycopg import sql

from govsite.bench.server import GunicornServer, production_environment, run_prepares
from pages.models import BodyPage

#: Every change-log summary the editor writes starts with this.
EDIT_MARKER = "Övning"
DRILL_SUFFIX = "_drill"


class DrillError(RuntimeError):
    pass


def is_postgres_url(url):
    return (url or "").startswith(("postgres://", "postgresql://"))


def restart_command():
    """Restarting the local cluster, as root on a Debian-style installation."""
    versions = sorted(path.name for path in Path("/etc/postgresql").glob("*"))
    if not versions:
        raise DrillError("No PostgreSQL cluster under /etc/postgresql to restart.")
    return ["pg_ctlcluster", "--skip-systemctl-redirect", versions[-1], "main",
            "restart"]  # fmt: skip


class DrillDatabase:
    """A database `<name>_drill` on the server of `url`, dropped afterwards."""

    def __init__(self, url):
        parts = urlsplit(url)
        self.name = (parts.path.lstrip("/") or "govsite") + DRILL_SUFFIX
        self.url = urlunsplit(parts._replace(path=f"/{self.name}"))
        self.config = dj_database_url.parse(url)

    def connect(self, dbname):
        return psycopg.connect(
            dbname=dbname,
            user=self.config.get("USER") or None,
            password=self.config.get("PASSWORD") or None,
            host=self.config.get("HOST") or None,
            port=self.config.get("PORT") or None,
            autocommit=True,
            connect_timeout=5,
        )

    def _execute(self, statement):
        with self.connect("postgres") as connection:
            connection.execute(sql.SQL(statement).format(sql.Identifier(self.name)))

    def __enter__(self):
        self._execute("DROP DATABASE IF EXISTS {} WITH (FORCE)")
        self._execute("CREATE DATABASE {}")
        return self

    def __exit__(self, *exc_info):
        for _attempt in range(10):  # the server may still be starting up
            try:
                self._execute("DROP DATABASE IF EXISTS {} WITH (FORCE)")
                return
            except psycopg.OperationalError:
                time.sleep(1)


@dataclass
class Request:
    started: float
    seconds: float
    ok: bool


@dataclass
class Tally:
    requests: list = field(default_factory=list)


def read(base_url, paths, deadline, tally):
    """One reader: GET the paths in turn until `deadline`, on one connection."""
    parts = urlsplit(base_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    number = 0
    try:
        while time.monotonic() < deadline:
            path = paths[number % len(paths)]
            number += 1
            started = time.monotonic()
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                ok = 200 <= response.status < 400
            except (OSError, http.client.HTTPException):
                connection.close()
                ok = False
            tally.requests.append(Request(started, time.monotonic() - started, ok))
            if not ok:
                time.sleep(0.1)  # a refused connection fails at once
    finally:
        connection.close()


@dataclass
class Outcome:
    readers: int
    seconds: float
    requests: int
    requests_per_second: float
    p50_ms: float | None
    p95_ms: float | None
    errors: int
    errors_during_outage: int
    errors_after_recovery: int
    edits_acknowledged: int
    edits_found: int
    edit_errors: int
    edits_after_restart: int
    restarted: bool
    restart_seconds: float | None

    def failures(self, grace):
        problems = []
        if self.requests == 0:
            problems.append("no request was answered")
        if self.edits_acknowledged == 0:
            problems.append("the editor published nothing")
        if self.edits_found != self.edits_acknowledged:
            problems.append(
                f"{self.edits_acknowledged - self.edits_found} acknowledged edits "
                "are missing from the database"
            )
        if self.restarted:
            outage = self.errors_during_outage + self.errors_after_recovery
            before = self.errors - outage
            if before:
                problems.append(f"{before} errors before PostgreSQL was restarted")
            if self.errors_after_recovery:
                problems.append(
                    f"{self.errors_after_recovery} errors more than {grace} s after "
                    "PostgreSQL was back"
                )
            if self.edits_after_restart == 0:
                problems.append("the editor published nothing after the restart")
        elif self.errors or self.edit_errors:
            problems.append(
                f"{self.errors} reader errors and {self.edit_errors} editor errors "
                "without any fault"
            )
        return problems


def run_drill(options, write):
    """Prepare, serve, load, optionally restart PostgreSQL; return an Outcome."""
    source_url = options["database_url"]
    if not is_postgres_url(source_url):
        raise DrillError(
            "The fault drill needs PostgreSQL: set DATABASE_URL (or --database-url) "
            "to a postgres:// URL of a server it may create a database on."
        )
    restart = restart_command() if options["restart_postgres"] else None
    workdir = Path(options["workdir"])
    with DrillDatabase(source_url) as database:
        write(f"Database {database.name}; preparing the site …")
        env = production_environment(database.url, workdir / "static")
        sizes = [
            f"--organisations={options['organisations']}",
            f"--bodies={options['bodies']}",
            "--versions=0",
        ]
        output = workdir / "prepared.json"
        run_prepares([("prepare", env, output, sizes)], write)
        prepared = json.loads(output.read_text())
        paths = ["/", prepared["body_url"], prepared["plain_url"]]
        server = GunicornServer(
            env, workdir / "gunicorn.log", workers=options["workers"]
        )
        with server:
            write(
                f"gunicorn on {server.base_url}, {options['workers']} workers; "
                f"{options['readers']} readers for {options['duration']} s"
                + (", PostgreSQL restarted half-way" if restart else "")
            )
            return _load(
                server, env, prepared, paths, restart, database, options, write
            )


def _load(server, env, prepared, paths, restart, database, options, write):
    duration = options["duration"]
    started = time.monotonic()
    deadline = started + duration
    editor = subprocess.Popen(  # noqa: S603 - fixed arguments
        [
            sys.executable,
            "manage.py",
            "fault_drill",
            "--editor",
            prepared["body_url"],
            "--duration",
            str(duration),
        ],  # fmt: skip
        cwd=settings.BASE_DIR,
        env={**env, "PYTHONIOENCODING": "utf-8"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
    )
    tallies = [Tally() for _ in range(options["readers"])]
    readers = [
        threading.Thread(target=read, args=(server.base_url, paths, deadline, tally))
        for tally in tallies
    ]
    for reader in readers:
        reader.start()
    window = None
    if restart:
        time.sleep(duration / 2)
        write("Restarting PostgreSQL …")
        went_down = time.monotonic()
        result = subprocess.run(  # noqa: S603 - fixed arguments
            restart, capture_output=True, text=True, check=False
        )
        came_back = time.monotonic()
        if result.returncode:
            raise DrillError(f"Restarting PostgreSQL failed: {result.stderr.strip()}")
        write(f"PostgreSQL back after {came_back - went_down:.1f} s")
        window = (went_down, came_back + options["grace"])
    for reader in readers:
        reader.join()
    edits, edit_errors, log = _editor_results(editor, duration)
    if editor.returncode:
        raise DrillError(f"The editor process failed:\n{log}")
    found = _find_edits(database, edits)
    requests = [request for tally in tallies for request in tally.requests]
    return _outcome(
        options, started, requests, window, edits, edit_errors, found, restart
    )


def _editor_results(editor, duration):
    try:
        output, _ = editor.communicate(timeout=duration + 120)
    except subprocess.TimeoutExpired:
        editor.kill()
        output, _ = editor.communicate()
    edits, errors, other = [], [], []
    for line in output.splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            other.append(line)
            continue
        (edits if "revision" in record else errors).append(record)
    return edits, errors, "\n".join(other[-30:])


def _find_edits(database, edits):
    """How many acknowledged edits have their change-log entry and revision."""
    if not edits:
        return 0
    for _attempt in range(30):
        try:
            with database.connect(database.name) as connection:
                rows = connection.execute(
                    "SELECT summary, revision_id FROM pages_changelogentry "
                    "WHERE summary LIKE %s",
                    [f"{EDIT_MARKER} %"],
                ).fetchall()
            break
        except psycopg.OperationalError:
            time.sleep(1)
    else:
        raise DrillError("The drill database did not answer after the run.")
    stored = set(rows)
    return sum((edit["summary"], edit["revision"]) in stored for edit in edits)


def _outcome(options, started, requests, window, edits, edit_errors, found, restart):
    ended = max((r.started + r.seconds for r in requests), default=started)
    seconds = ended - started
    latencies = sorted(request.seconds * 1000 for request in requests if request.ok)
    if len(latencies) >= 2:
        cuts = statistics.quantiles(latencies, n=100, method="inclusive")
        p50, p95 = cuts[49], cuts[94]
    else:
        p50 = p95 = latencies[0] if latencies else None
    failed = [request for request in requests if not request.ok]
    if window:
        # In flight when the server went down, or started before it was back.
        during = [
            r
            for r in failed
            if r.started + r.seconds >= window[0] and r.started <= window[1]
        ]
        after = [r for r in failed if r.started > window[1]]
        edits_after = sum(edit["at"] > window[1] for edit in edits)
    else:
        during, after, edits_after = [], [], 0
    return Outcome(
        readers=options["readers"],
        seconds=round(seconds, 1),
        requests=len(requests),
        requests_per_second=round(len(requests) / seconds, 1) if seconds else 0.0,
        p50_ms=p50 and round(p50, 1),
        p95_ms=p95 and round(p95, 1),
        errors=len(failed),
        errors_during_outage=len(during),
        errors_after_recovery=len(after),
        edits_acknowledged=len(edits),
        edits_found=found,
        edit_errors=len(edit_errors),
        edits_after_restart=edits_after,
        restarted=bool(restart),
        restart_seconds=round(window[1] - options["grace"] - window[0], 1)
        if window
        else None,
    )


def edit_until(body_url, duration, write, interval=0.2):
    """The editor: publish a change to the page at `body_url` until `duration` is up.
    Prints one JSON line per acknowledged edit (its summary and revision) or error."""
    deadline = time.monotonic() + duration
    page_id = None
    number = 0
    while time.monotonic() < deadline:
        close_old_connections()  # what a request does: drop a broken connection
        try:
            if page_id is None:
                page_id = next(
                    page.pk for page in BodyPage.objects.live() if page.url == body_url
                )
            number += 1
            summary = f"{EDIT_MARKER} {number}"
            page = BodyPage.objects.get(pk=page_id).get_latest_revision_as_object()
            page.introduction = f"<p>{summary}: ändrad text.</p>"
            page.change_type, page.change_summary = "editorial", summary
            revision = page.save_revision()
            revision.publish()
        except DatabaseError as error:
            first_line = (str(error).strip().splitlines() or [""])[0]
            write(json.dumps({"error": first_line[:200], "at": time.monotonic()}))
            time.sleep(0.5)
            continue
        write(
            json.dumps(
                {"summary": summary, "revision": revision.pk, "at": time.monotonic()}
            )
        )
        time.sleep(interval)
