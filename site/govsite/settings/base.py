"""Settings shared by every environment; values that differ come from the environment.

Environment variables read here:
- DATABASE_URL: e.g. postgres://postgres@127.0.0.1:5432/govsite (default: SQLite file)
- DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS (comma separated), DJANGO_CSRF_TRUSTED_ORIGINS
- CACHE_URL / REDIS_URL: a Redis cache for public pages (default: local memory)
- PAGE_CACHE_SECONDS (0: off), PAGE_CACHE_MAX_AGE, PAGE_CACHE_SHARED_MAX_AGE,
  PAGE_CACHE_GENERATION_FILE, FRONTEND_CACHE_PURGE_URL, CLOUDFLARE_BEARER_TOKEN,
  CLOUDFLARE_ZONE_ID: the page cache and a CDN in front (docs/caching.md)
- WAGTAILADMIN_BASE_URL: absolute address of the site, used in notification emails
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent.parent


def env_list(name, default=""):
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


INSTALLED_APPS = [
    "govsite",
    "pages",
    "governance_blocks",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Expired pages are unpublished before anything, the page cache included, reads.
    "pages.middleware.ExpiredPagesMiddleware",
    # Cached public pages are served here, before sessions touch the database.
    "pages.cache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "pages.middleware.AdminLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "pages.middleware.ConcurrentChangeMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "govsite.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "govsite.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

# Internationalisation: Swedish first (unprefixed URLs), English under /en/.
LANGUAGE_CODE = "sv"
LANGUAGES = [("sv", "Svenska"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
# Translations of pages are made with wagtail-localize. Starting one ("Translate this
# page") makes a draft, never a public page: a translation is published by the
# organisation's approval workflow like any other change (docs/translations.md).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT") or BASE_DIR / "var" / "static")
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "var" / "media"
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

CACHE_URL = os.environ.get("CACHE_URL") or os.environ.get("REDIS_URL")
if CACHE_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Cache of public pages (pages.cache, docs/caching.md). PAGE_CACHE_SECONDS=0 turns it
# off. The content generation lives in the cache when it is shared (Redis), else in
# PAGE_CACHE_GENERATION_FILE, which every worker process on the machine reads.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_GENERATION_FILE = Path(
    os.environ.get("PAGE_CACHE_GENERATION_FILE")
    or BASE_DIR / "var" / "page-cache-generation"
)
# Cache-Control of cached pages: browsers (max-age) and CDNs (s-maxage).
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "0"))
PAGE_CACHE_SHARED_MAX_AGE = int(os.environ.get("PAGE_CACHE_SHARED_MAX_AGE", "60"))
# A CDN or reverse proxy in front is purged on every change (Wagtail's frontend
# cache backends): FRONTEND_CACHE_PURGE_URL for HTTP PURGE (Varnish, nginx), or
# CLOUDFLARE_BEARER_TOKEN and CLOUDFLARE_ZONE_ID.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_BEARER_TOKEN"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_BEARER_TOKEN"],
        "ZONEID": os.environ.get("CLOUDFLARE_ZONE_ID", ""),
    }
# pages.cache.dependents lists every language's addresses itself.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# Wagtail
WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Hjälpmedelssamverkan")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_DATE_FORMAT = "%Y-%m-%d"
WAGTAIL_DATETIME_FORMAT = "%Y-%m-%d %H:%M"
# The API (pages.api) gives rich text as display HTML, links resolved to addresses.
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILADMIN_PERMITTED_LANGUAGES = [("sv", _("Swedish")), ("en", _("English"))]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Approval workflow: publish exactly the approved revision; an edit needs new approval.
WAGTAIL_FINISH_WORKFLOW_ACTION = "pages.workflows.publish_approved_revision"
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAIL_WORKFLOW_CANCEL_ON_PUBLISH = True
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = os.environ.get(
    "WAGTAILADMIN_NOTIFICATION_FROM_EMAIL", "noreply@localhost"
)
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@localhost")

# Security: Content-Security-Policy, login throttling, forged admin ids.
# Why each setting is what it is, and how to run behind a proxy: docs/security.md.
INSTALLED_APPS += ["csp", "axes"]
MIDDLEWARE += [
    "govsite.security.ContentSecurityPolicyMiddleware",
    "pages.middleware.AdminObjectIdsMiddleware",
    # Last, as django-axes requires: it turns a locked-out sign-in into a 429 page.
    "axes.middleware.AxesMiddleware",
]
CSP_SELF, CSP_NONE = "'self'", "'none'"
# Public pages: our own files only; no inline script or style, no framing.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [CSP_SELF],
        "script-src": [CSP_SELF],
        "style-src": [CSP_SELF],
        "img-src": [CSP_SELF, "data:"],
        "object-src": [CSP_NONE],
        "base-uri": [CSP_SELF],
        "form-action": [CSP_SELF],
        "frame-ancestors": [CSP_NONE],
    }
}
# The Wagtail admin still writes inline scripts and style attributes, draws images
# from blob: URLs and frames its own previews (which keep the public policy).
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": [CSP_SELF],
        "script-src": [CSP_SELF, "'unsafe-inline'"],
        "style-src": [CSP_SELF, "'unsafe-inline'"],
        "img-src": [CSP_SELF, "data:", "blob:"],
        "frame-src": [CSP_SELF],
        "object-src": [CSP_NONE],
        "base-uri": [CSP_SELF],
        "form-action": [CSP_SELF],
        "frame-ancestors": [CSP_SELF],
    }
}
# Avatars from Gravatar would send a hash of each editor's e-mail to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("DJANGO_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(
    minutes=int(os.environ.get("DJANGO_LOGIN_COOLOFF_MINUTES", "15"))
)
# Either is enough: five wrong passwords for one user name, or from one address.
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
# Log failures with the user name and address tried (never the password): without
# them the log cannot show who is being guessed at, or from where.
AXES_SENSITIVE_PARAMETERS = []
AXES_LOCKOUT_CALLABLE = "govsite.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "govsite.security.client_ip"
# Proxies whose X-Forwarded-For is believed (addresses or networks, comma separated);
# from anyone else the header is ignored and the connection's address counts.
TRUSTED_PROXIES = env_list("DJANGO_TRUSTED_PROXIES")
