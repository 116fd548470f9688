"""Wagtail's database search backend, with PostgreSQL text search per language.

On PostgreSQL, Swedish pages are indexed and queried with the 'swedish' configuration
(so "beredningsgruppens" finds "beredningsgrupp") and English pages with 'english'.

On SQLite (FTS5, no stemming), results ordered by relevance are ranked with one
full-text query instead of one per matching page (search.sqlite_backend).
Other databases use Wagtail's own backend unchanged.

Settings::

    WAGTAILSEARCH_BACKENDS = {"default": {
        "BACKEND": "search.backends",
        "LANGUAGE_CONFIGS": {"sv": "swedish", "en": "english"},  # the default
    }}
"""

from itertools import groupby

from django.db import connection
from django.utils import translation
from modelsearch.backends import database as database_backends
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

DEFAULT_LANGUAGE_CONFIGS = {"sv": "swedish", "en": "english"}


def language_of(obj):
    locale = getattr(obj, "locale", None)
    return locale.language_code if locale is not None else translation.get_language()


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    """Chooses the text search configuration from the language being indexed or read."""

    def __init__(self, params):
        self.language_configs = {
            **DEFAULT_LANGUAGE_CONFIGS,
            **params.get("LANGUAGE_CONFIGS", {}),
        }
        super().__init__(params)

    @property
    def config(self):
        language = (translation.get_language() or "").split("-")[0]
        return self.language_configs.get(language, self.fallback_config)

    @config.setter
    def config(self, value):
        self.fallback_config = value or "simple"

    def add(self, obj):
        with translation.override(language_of(obj)):
            super().add(obj)

    def add_bulk(self, model, obj_list):
        ordered = sorted(obj_list, key=language_of)
        for language, objs in groupby(ordered, key=language_of):
            with translation.override(language):
                super().add_bulk(model, list(objs))


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    if connection.vendor == "postgresql":
        return LanguagePostgresSearchBackend(params)
    backend = database_backends.SearchBackend(params)
    if connection.vendor == "sqlite" and database_backends.USE_SQLITE_FTS:
        # Imported only here, as modelsearch does: its SQLite modules look up a model
        # that exists only on SQLite with FTS5.
        from .sqlite_backend import RankedSQLiteSearchBackend

        return RankedSQLiteSearchBackend(params)
    return backend
