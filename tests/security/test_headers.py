"""Security headers, as `curl -I` shows them.

Production's values are read from `govsite.settings.production` itself, started in a
subprocess with a secret and a host as a deployment would; the same values are then
applied to requests for a public page and the admin's sign-in page here.
"""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

ROOT = Path(__file__).resolve().parents[2]
HOST = "governance.example.se"
SECURITY_SETTINGS = [
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "X_FRAME_OPTIONS",
    "CONTENT_SECURITY_POLICY",
    "CONTENT_SECURITY_POLICY_ADMIN",
]
PROBE = f"""
import json
from django.conf import settings
from django.core.management import call_command
from django.test import Client
call_command("migrate", verbosity=0)
names = {SECURITY_SETTINGS!r}
client = Client(headers={{"host": "{HOST}"}})
plain = client.get("/admin/")
secure = client.get("/admin/", headers={{"x-forwarded-proto": "https"}})
print(json.dumps({{
    "settings": {{name: getattr(settings, name) for name in names}},
    "plain": [plain.status_code, plain.headers.get("Location")],
    "secure": dict(secure.headers),
}}))
"""


@pytest.fixture(scope="module")
def production():
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="govsite.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DJANGO_ALLOWED_HOSTS=HOST,
        DATABASE_URL="sqlite:///:memory:",
    )
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", "shell", "-c", PROBE],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def production_settings(production):
    values = production["settings"]
    values["SECURE_PROXY_SSL_HEADER"] = tuple(values["SECURE_PROXY_SSL_HEADER"])
    with override_settings(**values):
        yield


def https_get(client, url):
    return client.get(url, headers={"host": HOST, "x-forwarded-proto": "https"})


PUBLIC_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}


def directives(header):
    """A Content-Security-Policy header as {directive: [sources]}."""
    parts = [part.split() for part in header.split(";") if part.strip()]
    return {name: sources for name, *sources in parts}


def test_production_redirects_http_to_https_and_sends_the_headers(production):
    status, location = production["plain"]
    assert status == 301
    assert location == f"https://{HOST}/admin/"
    headers = {name.lower(): value for name, value in production["secure"].items()}
    assert headers["strict-transport-security"] == (
        "max-age=31536000; includeSubDomains; preload"
    )
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "strict-origin-when-cross-origin"
    admin_policy = directives(headers["content-security-policy"])
    assert admin_policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert admin_policy["object-src"] == ["'none'"]
    assert production["settings"]["CONTENT_SECURITY_POLICY"] == {
        "DIRECTIVES": PUBLIC_POLICY
    }


@pytest.mark.django_db
def test_a_public_page_has_the_strict_policy_and_every_header(
    client, body_page, production_settings
):
    response = https_get(client, body_page.url)
    assert response.status_code == 200
    assert directives(response["Content-Security-Policy"]) == PUBLIC_POLICY
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_the_admin_has_its_own_policy_and_secure_cookies(client, production_settings):
    response = https_get(client, "/admin/login/")
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    cookie = response.cookies["csrftoken"]
    assert cookie["secure"] is True
    assert cookie["samesite"] == "Lax"


@pytest.mark.django_db
def test_the_policy_is_sent_in_every_environment(client, body_page):
    """Development and tests send the same policy, so the browser tests see it."""
    policy = client.get(body_page.url)["Content-Security-Policy"]
    assert directives(policy) == PUBLIC_POLICY


@pytest.mark.django_db
def test_a_preview_keeps_the_public_policy_but_may_be_framed_by_the_admin(
    admin_client, body_page
):
    """Wagtail's previews and "view draft" render the public template; the editor
    shows them in a frame of the admin."""
    response = admin_client.get(f"/admin/pages/{body_page.pk}/view_draft/")
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert policy == {**PUBLIC_POLICY, "frame-ancestors": ["'self'"]}
