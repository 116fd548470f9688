"""What is stored and served: anonymous readers' public pages only."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import PageViewRestriction

from tests.caching.conftest import read, stored_pages


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser(
        "redaktor", "redaktor@example.se", "lösenord"
    )


def test_a_second_read_is_served_from_the_cache(client, page_cache, body_page):
    first, text = read(client, body_page.url)
    assert first["X-Cache"] == "miss"
    assert "Ledningsråd" in text
    second, cached_text = read(client, body_page.url)
    assert second["X-Cache"] == "hit"
    assert cached_text == text
    assert second["Content-Type"] == first["Content-Type"]


def test_a_hit_costs_no_database_query(
    client, page_cache, body_page, django_assert_num_queries
):
    read(client, body_page.url)
    with django_assert_num_queries(0):
        response, _text = read(client, body_page.url)
    assert response["X-Cache"] == "hit"


def test_a_hit_keeps_the_security_headers_of_the_page(client, page_cache, body_page):
    first, _text = read(client, body_page.url)
    second, _text = read(client, body_page.url)
    assert second["X-Cache"] == "hit"
    for header in (
        "Content-Security-Policy",
        "X-Content-Type-Options",
        "Referrer-Policy",
    ):
        assert second[header] == first[header]
    assert "script-src 'self'" in second["Content-Security-Policy"]


def test_cached_pages_say_a_cdn_may_keep_them(client, page_cache, body_page, settings):
    settings.PAGE_CACHE_SHARED_MAX_AGE = 120
    for _attempt in range(2):
        response, _text = read(client, body_page.url)
        cache_control = response["Cache-Control"]
        assert "public" in cache_control
        assert "s-maxage=120" in cache_control


def test_the_query_string_is_part_of_the_key(client, page_cache, specification):
    read(client, specification.url)
    response, _text = read(client, specification.url + "?utskrift=1")
    assert response["X-Cache"] == "miss"


def test_off_when_page_cache_seconds_is_zero(client, page_cache, body_page, settings):
    settings.PAGE_CACHE_SECONDS = 0
    read(client, body_page.url)
    response, _text = read(client, body_page.url)
    assert "X-Cache" not in response
    assert stored_pages(page_cache) == []


def test_an_editor_never_gets_nor_fills_a_cached_page(
    client, page_cache, body_page, editor
):
    client.force_login(editor)
    response, text = read(client, body_page.url)
    assert response["X-Cache"] != "miss"
    assert "private" in response["Cache-Control"]
    assert stored_pages(page_cache) == []
    # What an anonymous reader stored is not what the editor gets.
    client.logout()
    response, _text = read(client, body_page.url)
    assert response["X-Cache"] == "miss"
    client.force_login(editor)
    response, _text = read(client, body_page.url)
    assert response.get("X-Cache") != "hit"
    assert "private" in response["Cache-Control"]


def test_a_stale_session_cookie_goes_the_normal_way(client, page_cache, body_page):
    read(client, body_page.url)
    client.cookies["sessionid"] = "no-such-session"
    response, _text = read(client, body_page.url)
    assert response.get("X-Cache") != "hit"


def test_a_private_page_is_never_cached(client, page_cache, body_page, specification):
    PageViewRestriction.objects.create(
        page=specification,
        restriction_type=PageViewRestriction.PASSWORD,
        password="hemligt",
    )
    for _attempt in range(2):
        response, text = read(client, body_page.url)
        assert response["X-Cache"] == "bypass"
        assert "Ledningsråd" not in text
    assert stored_pages(page_cache) == []


def test_making_a_cached_page_private_hides_it(client, page_cache, body_page):
    read(client, body_page.url)
    PageViewRestriction.objects.create(
        page=body_page, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(body_page.url)
    assert response.status_code == 302
    assert response.get("X-Cache") != "hit"


def test_a_preview_is_never_cached(client, page_cache, body_page, editor):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[body_page.pk])
    response = client.get(url)
    assert response.get("X-Cache") != "miss"
    client.logout()
    assert stored_pages(page_cache) == []


def test_posts_searches_the_api_and_errors_are_not_cached(
    client, page_cache, body_page
):
    client.post(body_page.url)
    read(client, reverse("search:search") + "?q=Ledningsråd")
    read(client, "/api/v2/pages/")
    read(client, "/finns-inte/", status=404)
    read(client, "/finns-inte/", status=404)
    assert stored_pages(page_cache) == []
