"""The site's Content-Security-Policy per area, and the client address behind a proxy.

Public pages and their previews get `CONTENT_SECURITY_POLICY` (strict: nothing
inline). The Wagtail admin, which still writes inline scripts and style attributes,
gets `CONTENT_SECURITY_POLICY_ADMIN` instead (docs/security.md).
"""

import ipaddress

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.shortcuts import render
from django.urls import reverse


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, choosing the policy by area: the admin's for every
    address under the admin (the page editor, the sign-in page); for a preview, the
    public policy, except that the admin may frame it.

    Wagtail renders a preview by passing a made-up request for the page's public
    address (`is_dummy`) through the middleware; the header set there is kept."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        if getattr(request, "is_dummy", False):
            parts.config = {
                **settings.CONTENT_SECURITY_POLICY["DIRECTIVES"],
                "frame-ancestors": ["'self'"],
            }
        elif is_admin(request):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        return parts


def is_admin(request):
    return request.path_info.startswith(reverse("wagtailadmin_home"))


def client_ip(request):
    """The address a request came from, for counting failed sign-ins.

    X-Forwarded-For is believed only from a proxy in `TRUSTED_PROXIES`: the client
    is then the right-most address in it that is not a trusted proxy itself. From
    anyone else the header could be forged, so the connection's address counts.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    if not is_trusted_proxy(remote):
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    for hop in reversed(hops):
        if not is_trusted_proxy(hop):
            return hop
    return hops[0] if hops else remote


def is_trusted_proxy(address):
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(
        ip in ipaddress.ip_network(network, strict=False)
        for network in settings.TRUSTED_PROXIES
    )


def lockout_response(request, original_response=None, credentials=None):
    """The page a blocked sign-in gets: 429, in the admin's language, saying for how
    long (django-axes calls this instead of its own English text)."""
    context = {
        "body_class": "login",  # laid out as Wagtail's sign-in page
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cooloff_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    }
    return render(request, "govsite/login_locked.html", context, status=429)
