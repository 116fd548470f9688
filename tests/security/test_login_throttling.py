"""Password guessing on the sign-in pages is throttled (django-axes).

After five failed attempts for one user name, or from one address, signing in is
refused for fifteen minutes even with the right password; a successful sign-in
clears the count; every failure is logged.
"""

import logging
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.utils import timezone

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
PASSWORD = "rätt-lösenord-1"  # noqa: S105 - a test user's password


def make_user(username, **extra):
    return get_user_model().objects.create_user(
        username=username, password=PASSWORD, **extra
    )


@pytest.fixture
def editor():
    return make_user("redaktor")


def sign_in(client, username, password, address="203.0.113.7", language="sv", **meta):
    client.logout()
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
        headers={"accept-language": language},
        **meta,
    )


def signed_in(response):
    return response.status_code == 302 and response["Location"] == "/admin/"


def fail(client, times, username="redaktor", **kwargs):
    """Wrong passwords: the form comes back with its error, the fifth time the
    block's page instead."""
    for attempt in range(1, times + 1):
        response = sign_in(client, username, "fel", **kwargs)
        assert response.status_code == (200 if attempt < 5 else 429)


def test_five_wrong_passwords_block_even_the_right_one_with_a_swedish_message(
    client, editor
):
    fail(client, 5)
    response = sign_in(client, "redaktor", PASSWORD)
    assert response.status_code == 429
    text = response.content.decode()
    assert "Efter 5 misslyckade inloggningsförsök" in text
    assert "15 minuter" in text
    assert "_auth_user_id" not in client.session


def test_the_message_is_in_english_for_an_english_admin(client, editor):
    fail(client, 5, language="en")
    response = sign_in(client, "redaktor", PASSWORD, language="en")
    assert response.status_code == 429
    assert "After 5 failed sign-in attempts" in response.content.decode()


def test_four_failures_still_let_the_right_password_in(client, editor):
    fail(client, 4)
    assert signed_in(sign_in(client, "redaktor", PASSWORD))


def test_a_successful_sign_in_resets_the_count(client, editor):
    fail(client, 4)
    assert signed_in(sign_in(client, "redaktor", PASSWORD))
    fail(client, 4)
    assert signed_in(sign_in(client, "redaktor", PASSWORD))


def test_the_block_ends_after_the_cool_off(client, editor):
    fail(client, 5)
    assert sign_in(client, "redaktor", PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert signed_in(sign_in(client, "redaktor", PASSWORD))


def test_a_user_name_is_blocked_from_every_address(client, editor):
    for number in range(5):
        sign_in(client, "redaktor", "fel", address=f"198.51.100.{number}")
    response = sign_in(client, "redaktor", PASSWORD, address="192.0.2.99")
    assert response.status_code == 429


def test_one_address_guessing_many_user_names_is_blocked(client, editor):
    for number in range(5):
        sign_in(client, f"gissning{number}", "fel")
    assert sign_in(client, "redaktor", PASSWORD).status_code == 429
    # Another address may still sign in as the same user.
    assert signed_in(sign_in(client, "redaktor", PASSWORD, address="192.0.2.99"))


def test_failures_are_logged_with_user_name_and_address(client, editor, caplog):
    with caplog.at_level(logging.WARNING, logger="axes"):
        fail(client, 5)
        sign_in(client, "redaktor", PASSWORD)
    messages = [record.getMessage() for record in caplog.records]
    failures = [message for message in messages if "login failure" in message]
    assert len(failures) >= 5
    assert all("redaktor" in message for message in failures)
    assert all("203.0.113.7" in message for message in failures)
    assert any("Locking out" in message for message in messages)


def test_a_forged_forwarded_for_header_does_not_dodge_the_block(client, editor):
    """Without a trusted proxy, X-Forwarded-For is the client's own word: ignored."""
    for number in range(5):
        sign_in(
            client,
            f"gissning{number}",
            "fel",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{number}",
        )
    response = sign_in(client, "redaktor", PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.99")
    assert response.status_code == 429


@override_settings(TRUSTED_PROXIES=["10.0.0.0/8"])
def test_behind_a_trusted_proxy_each_client_address_counts_on_its_own(client, editor):
    for number in range(5):
        sign_in(
            client,
            f"gissning{number}",
            "fel",
            address="10.0.0.2",
            HTTP_X_FORWARDED_FOR="203.0.113.7",
        )
    blocked = sign_in(
        client,
        "redaktor",
        PASSWORD,
        address="10.0.0.2",
        HTTP_X_FORWARDED_FOR="203.0.113.7",
    )
    assert blocked.status_code == 429
    other_client = sign_in(
        client,
        "redaktor",
        PASSWORD,
        address="10.0.0.2",
        HTTP_X_FORWARDED_FOR="203.0.113.7, 192.0.2.99",
    )
    assert signed_in(other_client)


def test_the_django_admin_sign_in_is_throttled_too(client):
    make_user("administrator", is_staff=True, is_superuser=True)
    for _attempt in range(5):
        client.post(
            "/django-admin/login/",
            {"username": "administrator", "password": "fel"},
            REMOTE_ADDR="203.0.113.8",
        )
    response = client.post(
        "/django-admin/login/",
        {"username": "administrator", "password": PASSWORD},
        REMOTE_ADDR="203.0.113.8",
    )
    assert response.status_code == 429
