"""The search form: tolerant of any input, it never fails the request."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from .query import search_words

MAX_QUERY_LENGTH = 200
#: Page types readers can filter on: (parameter value, model label, display name).
PAGE_TYPES = [
    ("body", "pages.BodyPage", _("Bodies")),
    ("routine", "pages.RoutinePage", _("Routines")),
    ("specification", "pages.SpecificationPage", _("Specifications")),
    ("guidance", "pages.GuidancePage", _("Guidance")),
    ("glossary", "pages.GlossaryPage", _("Glossaries")),
]
_WORD = re.compile(r"\w", re.UNICODE)
_WORDS = re.compile(r"\w+", re.UNICODE).findall
#: Control characters, and quotes, which full-text engines read as query syntax.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f\"]")


def normalise_query(raw):
    """Whitespace folded, control characters and quotes dropped, at most
    MAX_QUERY_LENGTH long."""
    text = " ".join(_UNSAFE.sub(" ", raw or "").split())
    return text[:MAX_QUERY_LENGTH].strip(), len(text) > MAX_QUERY_LENGTH


class SearchForm(forms.Form):
    q = forms.CharField(required=False, label=_("Search for"))
    type = forms.ChoiceField(
        required=False,
        label=_("Page type"),
        choices=[("", _("All page types"))]
        + [(key, name) for key, _model, name in PAGE_TYPES],
    )
    org = forms.TypedChoiceField(
        required=False, coerce=int, empty_value=None, label=_("Organisation")
    )

    def __init__(self, *args, organisations=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["org"].choices = [("", _("All organisations"))] + [
            (organisation.pk, organisation.title) for organisation in organisations
        ]

    def cleaned_query(self):
        """(query, was_shortened); the query is '' when it has no letter or digit.
        It was shortened when it was longer than MAX_QUERY_LENGTH or had more than
        MAX_TERMS words (only the first are searched for)."""
        query, shortened = normalise_query(self.data.get("q", ""))
        if not _WORD.search(query):
            return "", shortened
        return query, shortened or len(search_words(query)) < len(_WORDS(query))

    def filter_value(self, name):
        """A filter's value, or None when it is missing or not one of the choices."""
        try:
            return self.fields[name].clean(self.data.get(name, "")) or None
        except forms.ValidationError:
            return None
