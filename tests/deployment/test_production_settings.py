"""Production settings start only when configured, and pass Django's deploy checks."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")
    }
    environment.update(DJANGO_SETTINGS_MODULE="govsite.settings.production", **env)
    return subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_missing_secret_key_stops_start_up_with_a_clear_message():
    result = run_manage("check", DJANGO_ALLOWED_HOSTS="governance.example.se")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_a_short_secret_key_stops_start_up_with_a_clear_message():
    result = run_manage(
        "check",
        DJANGO_SECRET_KEY="hemligt",
        DJANGO_ALLOWED_HOSTS="governance.example.se",
    )
    assert result.returncode != 0
    assert "at least 50 characters" in result.stderr


def test_a_mistyped_trusted_proxy_stops_start_up_with_a_clear_message():
    result = run_manage(
        "check",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DJANGO_ALLOWED_HOSTS="governance.example.se",
        DJANGO_TRUSTED_PROXIES="127.0.0.1,nginx.local",
    )
    assert result.returncode != 0
    assert "DJANGO_TRUSTED_PROXIES: 'nginx.local' is not an IP address" in result.stderr


def test_missing_allowed_hosts_stops_start_up_with_a_clear_message():
    result = run_manage("check", DJANGO_SECRET_KEY=secrets.token_urlsafe(64))
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS must list" in result.stderr


def test_check_deploy_is_clean():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DJANGO_ALLOWED_HOSTS="governance.example.se",
        DJANGO_TRUSTED_PROXIES="127.0.0.1,::1,10.0.0.0/8",
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout
