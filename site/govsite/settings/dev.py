"""Local development: SQLite by default, debug on, emails printed to the console."""

import os

from .base import *  # noqa: F403
from .base import env_list

DEBUG = os.environ.get("DJANGO_DEBUG", "1") == "1"
SECRET_KEY = os.environ.get(  # noqa: S105 - a development-only default
    "DJANGO_SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production"
)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
