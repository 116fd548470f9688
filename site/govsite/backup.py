"""Back up and restore the whole site: the database and the uploaded files.

A backup is one tar file holding
- `manifest.json`: the database vendor, when it was made, the applied migrations;
- `database.dump` (PostgreSQL, `pg_dump --format=custom`) or `database.sqlite3`
  (SQLite, a consistent copy made with SQLite's online backup API);
- `media/…`: every file of the default storage (images, documents).

Restoring needs the same code (the same migrations) and a database of the same
vendor; it replaces the database's tables and writes the files back. See
docs/operations.md.
"""

import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

MANIFEST = "manifest.json"
POSTGRES_DUMP = "database.dump"
SQLITE_COPY = "database.sqlite3"
MEDIA = "media"


class BackupError(RuntimeError):
    pass


def backup_site(path, write=print):
    """Write the backup of the site's database and files to `path`."""
    path = Path(path)
    with tempfile.TemporaryDirectory() as workdir:
        workdir = Path(workdir)
        if connection.vendor == "postgresql":
            database_file = workdir / POSTGRES_DUMP
            _run(["pg_dump", "--format=custom", "--no-owner", "--file",
                  str(database_file), _settings()["NAME"]])  # fmt: skip
        elif connection.vendor == "sqlite":
            database_file = workdir / SQLITE_COPY
            _sqlite_copy(database_file)
        else:
            raise BackupError(f"No backup for {connection.vendor} databases.")
        manifest = {
            "vendor": connection.vendor,
            "created": timezone.now().isoformat(),
            "migrations": sorted(
                f"{app}.{name}"
                for app, name in MigrationRecorder(connection).applied_migrations()
            ),
        }
        files = list(_storage_files())
        partial = path.with_name(path.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            _add_bytes(archive, MANIFEST, json.dumps(manifest, indent=2).encode())
            archive.add(database_file, arcname=database_file.name)
            for name in files:
                with default_storage.open(name, "rb") as handle:
                    _add_bytes(archive, f"{MEDIA}/{name}", handle.read())
        partial.replace(path)  # never a half-written backup under the real name
    write(f"Backed up the {connection.vendor} database and {len(files)} files.")
    return manifest


def restore_site(path, write=print):
    """Replace the site's database and files with those of the backup at `path`."""
    with tarfile.open(path, "r:gz") as archive, tempfile.TemporaryDirectory() as tmp:
        manifest = json.loads(archive.extractfile(MANIFEST).read())
        if manifest["vendor"] != connection.vendor:
            raise BackupError(
                f"The backup is of a {manifest['vendor']} database; this site runs "
                f"on {connection.vendor}. Restore it into a {manifest['vendor']} "
                "database, or move data between vendors with dumpdata/loaddata."
            )
        known = {f"{app}.{name}" for app, name in _code_migrations()}
        unknown = sorted(set(manifest["migrations"]) - known)
        if unknown:
            raise BackupError(
                "The backup was made by a newer version of the site (migrations "
                f"{', '.join(unknown[:5])} are unknown here): deploy that version "
                "first."
            )
        members = archive.getmembers()
        database_name = (
            POSTGRES_DUMP if connection.vendor == "postgresql" else (SQLITE_COPY)
        )
        archive.extract(database_name, tmp, filter="data")
        database_file = Path(tmp) / database_name
        if connection.vendor == "postgresql":
            connection.close()  # pg_restore drops the tables this session may lock
            _run(["pg_restore", "--clean", "--if-exists", "--no-owner",
                  "--single-transaction", "--dbname", _settings()["NAME"],
                  str(database_file)])  # fmt: skip
        else:
            _sqlite_restore(database_file)
        restored = 0
        for member in members:
            if not (member.isfile() and member.name.startswith(f"{MEDIA}/")):
                continue
            name = member.name[len(MEDIA) + 1 :]
            if default_storage.exists(name):
                default_storage.delete(name)
            saved = default_storage.save(
                name, ContentFile(archive.extractfile(member).read())
            )
            if saved != name:
                raise BackupError(f"The storage renamed {name} to {saved}.")
            restored += 1
    # Pages, menus and PDFs cached from the old database must not be served.
    for cache in caches.all():
        cache.clear()
    write(f"Restored the {manifest['vendor']} database and {restored} files.")
    return manifest


def _settings():
    return connection.settings_dict


def _run(command):
    """Run a PostgreSQL client tool with the site's connection settings."""
    if shutil.which(command[0]) is None:
        raise BackupError(
            f"{command[0]} is not installed: install the PostgreSQL client tools "
            "of the server's version (apt-get install postgresql-client)."
        )
    settings = _settings()
    env = {**os.environ}
    for key, variable in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
    ):
        if settings.get(key):
            env[variable] = str(settings[key])
    result = subprocess.run(  # noqa: S603 - fixed program, our own arguments
        command, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed:\n{result.stderr.strip()}")


def _sqlite_copy(target):
    connection.ensure_connection()
    with sqlite3.connect(target) as copy:
        connection.connection.backup(copy)
    copy.close()


def _sqlite_restore(source):
    connection.ensure_connection()
    with sqlite3.connect(source) as backup:
        backup.backup(connection.connection)
    backup.close()


def _storage_files(directory=""):
    try:
        directories, files = default_storage.listdir(directory)
    except FileNotFoundError:
        return
    for name in files:
        yield f"{directory}/{name}" if directory else name
    for name in directories:
        yield from _storage_files(f"{directory}/{name}" if directory else name)


def _code_migrations():
    return MigrationLoader(None, ignore_no_migrations=True).disk_migrations.keys()


def _add_bytes(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(data))
