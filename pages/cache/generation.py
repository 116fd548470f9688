"""The site-wide content generation: part of every cached page's key, changed by
every publish, unpublish, move, delete and register change. A new generation makes
every stored page unreachable at once, in every worker process.

Where the generation lives depends on the cache backend:

- A shared cache (Redis): in the cache itself, one key read per request.
- Local memory (one cache per gunicorn worker): in a small file under var/, which
  all processes on the machine see. Reading it costs one open and read of a few
  bytes (a few microseconds, see docs/caching.md), far less than a database query.

A generation is a random token, not a counter, so two processes that change it at
the same moment never end up with a value that was already used."""

import os
import secrets
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.cache import caches

#: The cache key of the generation when it is kept in a shared cache.
GENERATION_KEY = "pages:content-generation"
#: The generation before anything changed it (no file, no key yet).
INITIAL = "0"
#: Backends that keep their entries inside one process.
PROCESS_LOCAL_BACKENDS = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def uses_file():
    backend = settings.CACHES[settings.PAGE_CACHE_ALIAS]["BACKEND"]
    return backend in PROCESS_LOCAL_BACKENDS


def generation_file():
    return Path(settings.PAGE_CACHE_GENERATION_FILE)


def current():
    """The generation now, as every process sees it."""
    if uses_file():
        # os.open and os.read: a third of the cost of open() and a text wrapper.
        try:
            descriptor = os.open(settings.PAGE_CACHE_GENERATION_FILE, os.O_RDONLY)
        except FileNotFoundError:
            return INITIAL
        try:
            return os.read(descriptor, 64).decode("ascii") or INITIAL
        finally:
            os.close(descriptor)
    value = page_cache().get(GENERATION_KEY)
    if value is None:
        # Never set, or evicted: start a new one (add: the first process wins).
        page_cache().add(GENERATION_KEY, secrets.token_hex(8), timeout=None)
        value = page_cache().get(GENERATION_KEY, INITIAL)
    return value


def bump():
    """Start a new generation: every page stored until now is out of date."""
    token = secrets.token_hex(8)
    if uses_file():
        path = generation_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write beside it and rename: a reader sees the old token or the new one,
        # never a half-written file.
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".gen-")
        with os.fdopen(descriptor, "w", encoding="ascii") as target:
            target.write(token)
        os.replace(temporary, path)
    else:
        page_cache().set(GENERATION_KEY, token, timeout=None)
    return token
