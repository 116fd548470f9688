"""The benchmark's own database: a temporary SQLite file, or a PostgreSQL database
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


class BenchDatabase:
    """Context manager yielding the DATABASE_URL the benchmark runs on."""

    def __init__(self, url, workdir, *, keep=False):
        self.source_url = url or ""
        self.workdir = workdir
        self.keep = keep
        self.is_postgres = self.source_url.startswith(("postgres://", "postgresql://"))
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
        config = dj_database_url.parse(self.source_url)
        with psycopg.connect(
            dbname="postgres",
            user=config.get("USER") or None,
            password=config.get("PASSWORD") or None,
            host=config.get("HOST") or None,
            port=config.get("PORT") or None,
            autocommit=True,
        ) as connection:
            connection.execute(sql.SQL(statement).format(sql.Identifier(self.name)))


def bench_database_name(url):
    """'…/govsite' -> 'govsite_bench'; a name already ending in '_bench' is kept."""
    name = urlsplit(url).path.lstrip("/") or DEFAULT_POSTGRES_NAME
    return name if name.endswith(BENCH_SUFFIX) else name + BENCH_SUFFIX


def _with_database_name(url, name):
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))
