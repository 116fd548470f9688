"""Wagtail's database search backend, with PostgreSQL text search per language.

On PostgreSQL, Swedish pages are indexed and queried with the 'swedish' configuration
(so "beredningsgruppens" finds "beredningsgrupp") and English pages with 'english'.

On SQLite (FTS5, no stemming), results ordered by relevance are ranked with one
full-text query instead of one per matching page (see RankedSQLiteSearchResults).
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
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchResults,
)
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks

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


class RankedSQLiteSearchResults(SQLiteSearchResults):
    """Results ordered by relevance, ranked with one full-text query.

    modelsearch orders by a score subquery that repeats the full-text match for
    every matching page, so a search matching N pages costs N matches (each
    computing bm25 over all N): a two-word query on 500 matching pages took most of a
    second. Here the scores of all matches come from one query, the pages a reader
    may see from a second, and only the pages of the slice asked for are loaded.
    The order is modelsearch's: by score, then newest first.
    """

    def _ranks_in_python(self):
        compiler = self.query_compiler
        query = normalize(compiler.query)
        return (
            compiler.order_by_relevance
            and self._score_field is None
            and not isinstance(query, (MatchAll, Not))
        )

    def _do_search(self):
        if not self._ranks_in_python():
            return super()._do_search()
        compiler = self.query_compiler
        config = compiler.get_config(self.backend)
        search_query = compiler.build_search_query(
            normalize(compiler.query), config=config
        )
        content_types = get_descendants_content_types_pks(compiler.queryset.model)
        matches = SQLiteFTSIndexEntry.objects.filter(
            MatchExpression(compiler.fields or compiler.FTS_TABLE_FIELDS, search_query),
            index_entry__content_type__in=content_types,
        )
        scores = dict(
            matches.annotate(
                score=compiler._build_rank_expression(
                    compiler.get_search_vectors(), config
                )
            ).values_list("index_entry__object_id", "score")
        )
        visible = compiler.queryset.filter(
            pk__in=matches.values("index_entry__object_id")
        ).values_list("pk", flat=True)
        ranked = sorted(visible, key=lambda pk: (scores.get(str(pk), 0.0), -pk))
        wanted = ranked[self.start : self.stop]
        if not wanted:
            return []
        position = {pk: index for index, pk in enumerate(wanted)}
        return sorted(
            compiler.queryset.filter(pk__in=wanted).order_by(),
            key=lambda obj: position[obj.pk],
        )


class RankedSQLiteSearchBackend(SQLiteSearchBackend):
    results_class = RankedSQLiteSearchResults


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    if connection.vendor == "postgresql":
        return LanguagePostgresSearchBackend(params)
    backend = DatabaseSearchBackend(params)
    if isinstance(backend, SQLiteSearchBackend):
        return RankedSQLiteSearchBackend(params)
    return backend
