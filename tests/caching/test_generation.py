"""The content generation that every process sees, in a file (local memory) or in
a shared cache (Redis), and the second change after the commit."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import caches

from pages.cache import generation
from tests.caching.conftest import read

ROOT = Path(__file__).resolve().parents[2]
REDIS_LOCATION = "redis://127.0.0.1:6379/5"


def bump_in_another_process(generation_file):
    """Run generation.bump() in a new Python process with the site's settings."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "govsite.settings.test",
        "PAGE_CACHE_GENERATION_FILE": str(generation_file),
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "site")]),
    }
    script = "import django; django.setup(); from pages.cache import generation; "
    script += "print(generation.bump())"
    result = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", script],
        env=environment,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_a_change_made_in_another_process_is_seen_here(page_cache, settings):
    before = generation.current()
    token = bump_in_another_process(settings.PAGE_CACHE_GENERATION_FILE)
    assert generation.current() == token != before


@pytest.fixture
def two_workers(settings, page_cache):
    """Two gunicorn workers' local-memory caches: separate stores, one machine."""
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "worker_a": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "worker-a",
        },
        "worker_b": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "worker-b",
        },
    }
    yield
    caches["worker_a"].clear()
    caches["worker_b"].clear()


def test_a_publish_in_one_worker_is_seen_by_the_other(
    client, settings, two_workers, body_page
):
    settings.PAGE_CACHE_ALIAS = "worker_b"
    read(client, body_page.url)
    assert read(client, body_page.url)[0]["X-Cache"] == "hit"

    settings.PAGE_CACHE_ALIAS = "worker_a"
    body_page.title = "Styrgrupp"
    body_page.save_revision().publish()

    settings.PAGE_CACHE_ALIAS = "worker_b"
    response, text = read(client, body_page.url)
    assert response["X-Cache"] == "miss"
    assert "Styrgrupp" in text


def test_the_generation_changes_again_when_the_publish_commits(
    page_cache, body_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        body_page.save_revision().publish()
    during = generation.current()
    for callback in callbacks:
        callback()
    assert generation.current() != during


@pytest.fixture
def redis_cache(settings, page_cache):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_LOCATION,
        }
    }
    cache = caches["default"]
    cache.clear()
    yield cache
    cache.clear()


def test_with_redis_the_generation_and_pages_are_shared(
    client, redis_cache, settings, body_page, django_assert_num_queries
):
    assert not generation.uses_file()
    read(client, body_page.url)
    with django_assert_num_queries(0):
        assert read(client, body_page.url)[0]["X-Cache"] == "hit"
    assert redis_cache.get(generation.GENERATION_KEY) == generation.current()
    assert not settings.PAGE_CACHE_GENERATION_FILE.exists()

    body_page.title = "Styrgrupp"
    body_page.save_revision().publish()

    response, text = read(client, body_page.url)
    assert response["X-Cache"] == "miss"
    assert "Styrgrupp" in text
