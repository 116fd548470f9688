"""The benchmark's own databases: a temporary SQLite file, and a PostgreSQL database
named `<name>_bench` that is created for the run and dropped after it.

The user's own database is never touched: a PostgreSQL URL only says which server
and credentials to use.
"""

from urllib.parse import urlsplit, urlunsplit

import dj_database_url
import psycopg
from psycopg import sql

BENCH_SUFFIX = "_bench"
DEFAULT_POSTGRES_NAME = "govsite"
#: The server `--databases` looks for when no PostgreSQL URL is given (README.md).
DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/govsite"
#: `--databases` names; "postgresql" is accepted for "postgres".
DATABASES = ("sqlite", "postgres")


def is_postgres_url(url):
    return (url or "").startswith(("postgres://", "postgresql://"))


def choose_databases(requested, database_url):
    """[(name, source URL)] to run on, and a note on why PostgreSQL was left out.

    `requested`: "sqlite,postgres", or None for SQLite plus PostgreSQL when a server
    answers at `database_url` (when it is a PostgreSQL URL) or 127.0.0.1:5432.
    """
    postgres_url = (
        database_url if is_postgres_url(database_url) else DEFAULT_POSTGRES_URL
    )
    if requested is None:
        names = ["sqlite"]
        problem = postgres_problem(postgres_url)
        if problem is None:
            names.append("postgres")
        note = problem and f"PostgreSQL left out: {problem}"
    else:
        names = []
        for name in requested.replace(" ", "").split(","):
            name = "postgres" if name == "postgresql" else name
            if name not in DATABASES:
                raise ValueError(
                    f"--databases: {name!r} is not one of {', '.join(DATABASES)}."
                )
            if name not in names:
                names.append(name)
        problem = "postgres" in names and postgres_problem(postgres_url)
        if problem:
            raise ValueError(f"--databases postgres: {problem}")
        note = None
    return [(name, postgres_url if name == "postgres" else "") for name in names], note


def postgres_problem(url):
    """None when the server of `url` lets us in, else why not (no password shown)."""
    config = dj_database_url.parse(url)
    where = f"{config.get('HOST') or 'localhost'}:{config.get('PORT') or 5432}"
    try:
        with _connect(url, connect_timeout=3):
            return None
    except psycopg.Error as error:
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else ""
        return f"no usable PostgreSQL server at {where} ({first_line})"


class BenchDatabase:
    """Context manager yielding the DATABASE_URL the benchmark runs on."""

    def __init__(self, url, workdir, *, keep=False):
        self.source_url = url or ""
        self.workdir = workdir
        self.keep = keep
        self.is_postgres = is_postgres_url(self.source_url)
        if self.source_url and not (
            self.is_postgres or self.source_url.startswith("sqlite:")
        ):
            raise ValueError(
                "Only PostgreSQL and SQLite URLs are supported, "
                f"not {self.source_url!r}."
            )
        self.url = ""
        self.name = ""

    def __enter__(self):
        if self.is_postgres:
            self.name = bench_database_name(self.source_url)
            self.url = _with_database_name(self.source_url, self.name)
            self._execute("DROP DATABASE IF EXISTS {} WITH (FORCE)")
            self._execute("CREATE DATABASE {}")
        else:
            path = self.workdir / "bench.sqlite3"
            self.name = str(path)
            self.url = f"sqlite:///{path}"
        return self

    def __exit__(self, *exc_info):
        if self.is_postgres and not self.keep:
            self._execute("DROP DATABASE IF EXISTS {} WITH (FORCE)")

    @property
    def vendor(self):
        return "postgresql" if self.is_postgres else "sqlite"

    def _execute(self, statement):
        with _connect(self.source_url) as connection:
            connection.execute(sql.SQL(statement).format(sql.Identifier(self.name)))


def _connect(url, **options):
    """A connection to the server's maintenance database `postgres`."""
    config = dj_database_url.parse(url)
    return psycopg.connect(
        dbname="postgres",
        user=config.get("USER") or None,
        password=config.get("PASSWORD") or None,
        host=config.get("HOST") or None,
        port=config.get("PORT") or None,
        autocommit=True,
        **options,
    )


def bench_database_name(url):
    """'…/govsite' -> 'govsite_bench'; a name already ending in '_bench' is kept."""
    name = urlsplit(url).path.lstrip("/") or DEFAULT_POSTGRES_NAME
    return name if name.endswith(BENCH_SUFFIX) else name + BENCH_SUFFIX


def _with_database_name(url, name):
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))
