"""Wagtail's SQLite (FTS5) search backend, ranking results with one full-text query.

Imported only on SQLite with FTS5: modelsearch's SQLite modules look up a model that
exists only there.
"""

from django.db.models import FloatField, Func
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchResults,
)
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks

#: bm25 weights of the FTS table's columns, in their order (autocomplete, body,
#: title): a word in the title counts ten times a word in the text. (A search matches
#: in the title and body, title autocomplete in the autocomplete column only.)
COLUMN_WEIGHTS = (1.0, 1.0, 10.0)


class WeightedBM25(Func):
    """FTS5's bm25() with a weight per column; lower is more relevant."""

    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra_context):
        weights = ", ".join(str(float(weight)) for weight in COLUMN_WEIGHTS)
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})", []


class RankedSQLiteSearchResults(SQLiteSearchResults):
    """Results ordered by relevance, ranked with one full-text query.

    modelsearch orders by a score subquery that repeats the full-text match for
    every matching page, so a search matching N pages costs N matches (each
    computing bm25 over all N): a two-word query on 500 matching pages took most of a
    second. Here the scores of all matches come from one query, the pages a reader
    may see from a second, and only the pages of the slice asked for are loaded.

    The score is FTS5's bm25 with the title weighted above the text; modelsearch's
    own score sums bm25 over the whole row, so the title counted no more than the
    text. Equal scores: newest page first, as in modelsearch.
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
            matches.annotate(score=WeightedBM25()).values_list(
                "index_entry__object_id", "score"
            )
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
