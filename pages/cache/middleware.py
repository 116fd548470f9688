"""Serve anonymous readers' page requests from the cache, and store the responses
that are safe to share.

Placed right after WhiteNoise: a hit is answered before sessions, authentication or
anything else touch the database. Only requests without a session cookie are looked
up; everyone else (editors, anyone who logged in or passed a password form) goes the
normal way and their responses are never stored.

A response is stored only when all of these hold:

- the request was a GET for a page served by Wagtail's page view (or a view wrapped
  in `cache_public`), and that page has no view restriction (`mark_page_cacheable`,
  a `before_serve_page` hook): previews, the admin, the API and search never are;
- the status is 200, the body is not streamed, the response sets no cookie and the
  page used no CSRF token, and the view did not itself ask for private caching;
- the user is anonymous.

The key is the content generation, the scheme, the host and the full path with its
query string (the language is in the path)."""

import hashlib

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from . import generation

#: Set on a request the cache could store the response of (anonymous GET or HEAD).
CANDIDATE_ATTRIBUTE = "page_cache_candidate"
#: Set on a request whose response readers may share.
CACHEABLE_ATTRIBUTE = "page_cache_allowed"
#: Response headers that are not stored with a page.
UNSTORED_HEADERS = {"set-cookie", "x-cache"}
#: Cache-Control directives with which a view keeps its response out of caches.
PRIVATE_DIRECTIVES = ("private", "no-store", "no-cache")


def mark_page_cacheable(page, request, serve_args, serve_kwargs):
    """before_serve_page hook: a page readers may share, i.e. one with no view
    restriction of its own or above it (password, login, groups). Only asked (one
    query) when the response could be stored."""
    if not getattr(request, CANDIDATE_ATTRIBUTE, False):
        return
    if not page.get_view_restrictions().exists():
        setattr(request, CACHEABLE_ATTRIBUTE, True)


def cache_public(view):
    """Let the page cache store a public view's response (e.g. the sitemap)."""

    def wrapped(request, *args, **kwargs):
        setattr(request, CACHEABLE_ATTRIBUTE, True)
        return view(request, *args, **kwargs)

    return wrapped


def cache_key(request):
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.md5(address.encode(), usedforsecurity=False).hexdigest()
    return f"pages:page:{generation.current()}:{digest}"


def is_storable(request, response):
    if not getattr(request, CACHEABLE_ATTRIBUTE, False) or request.method != "GET":
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get(
        "CSRF_COOKIE_USED"
    ):
        return False
    if getattr(request, "is_preview", False):
        return False
    cache_control = response.get("Cache-Control", "")
    if any(directive in cache_control for directive in PRIVATE_DIRECTIVES):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def public_headers(response):
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PAGE_CACHE_MAX_AGE,
        s_maxage=settings.PAGE_CACHE_SHARED_MAX_AGE,
    )


def private_headers(response):
    """Nothing we did not store may be kept by a shared cache."""
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, private=True, no_store=True)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if seconds <= 0:
            return self.get_response(request)
        if (
            request.method not in ("GET", "HEAD")
            or settings.SESSION_COOKIE_NAME in request.COOKIES
        ):
            response = self.get_response(request)
            private_headers(response)
            response["X-Cache"] = "bypass"
            return response
        try:
            key = cache_key(request)
        except DisallowedHost:
            return self.get_response(request)

        cache = generation.page_cache()
        stored = cache.get(key)
        if stored is not None:
            status, headers, content = stored
            response = HttpResponse(content, status=status, headers=headers)
            response["X-Cache"] = "hit"
            return response

        setattr(request, CANDIDATE_ATTRIBUTE, True)
        response = self.get_response(request)
        if is_storable(request, response):
            public_headers(response)
            headers = [
                (name, value)
                for name, value in response.items()
                if name.lower() not in UNSTORED_HEADERS
            ]
            cache.set(key, (response.status_code, headers, response.content), seconds)
            response["X-Cache"] = "miss"
        else:
            private_headers(response)
            response["X-Cache"] = "bypass"
        return response
