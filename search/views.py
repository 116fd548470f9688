"""The public search page and title autocomplete, on Wagtail's search backend."""

import logging

from django.apps import apps
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import DatabaseError
from django.http import JsonResponse
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page, get_page_models

from .forms import PAGE_TYPES, SearchForm, normalise_query
from .highlight import page_text, snippet
from .query import build_query, search_words

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 10
AUTOCOMPLETE_LIMIT = 8


def readable_pages():
    """Pages an anonymous reader may see in the active language."""
    return Page.objects.live().public().filter(locale=Locale.get_active())


def organisation_pages():
    models = [
        model for model in get_page_models() if getattr(model, "is_organisation", False)
    ]
    if not models:
        return []
    return list(readable_pages().type(*models).order_by("path"))


def organisation_by_id(value):
    """The readable organisation page whose id is `value` (a string), or None."""
    if not (value.isascii() and value.isdigit() and len(value) <= 18):
        return None
    page = readable_pages().filter(pk=int(value)).first()
    if page is None or not getattr(page.specific_class, "is_organisation", False):
        return None
    return page


def organisation_for(page, organisations):
    for organisation in organisations:
        if page.path.startswith(organisation.path):
            return organisation
    return None


def search(request):
    organisations = organisation_pages()
    form = SearchForm(request.GET, organisations=organisations)
    query, shortened = form.cleaned_query()
    page_type = form.filter_value("type")
    organisation_id = form.filter_value("org")
    scope = next((o for o in organisations if o.pk == organisation_id), None)

    pages = readable_pages()
    if page_type:
        label = next(model for key, model, _name in PAGE_TYPES if key == page_type)
        pages = pages.type(apps.get_model(label))
    if scope is not None:
        pages = pages.descendant_of(scope)
    results = (
        pages.specific().search(build_query(query)) if query else Page.objects.none()
    )

    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        paginator.count  # noqa: B018 - runs the query here, where errors are handled
    except DatabaseError:
        # The text-search engine refused the query: answer "no results", never a 500.
        logger.warning("Search query refused by the database: %r", query, exc_info=True)
        paginator = Paginator(Page.objects.none(), RESULTS_PER_PAGE)
    try:
        result_page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        result_page = paginator.page(1)
    except EmptyPage:
        result_page = paginator.page(paginator.num_pages)

    hits = [
        {
            "page": page,
            "type": page.specific_class._meta.verbose_name,
            "organisation": organisation_for(page, organisations),
            "snippet": snippet(page_text(page), query),
        }
        for page in result_page
    ]
    suggestions = []
    if query and not paginator.count:
        suggestions = title_suggestions(readable_pages(), query)

    return TemplateResponse(
        request,
        "search/search.html",
        {
            "form": form,
            "search_query": query,
            "query_shortened": shortened,
            "search_results": result_page,
            "hits": hits,
            "paginator": paginator,
            "scope": scope,
            "page_type": page_type,
            "suggestions": suggestions,
        },
    )


def autocomplete(request):
    """Pages whose titles start with the words typed, as JSON for the search box;
    within one organisation when `org` names it, as the search box on its pages does."""
    query, _shortened = normalise_query(request.GET.get("q", ""))
    titles = []
    if len(query) >= 2:
        pages = readable_pages()
        scope = organisation_by_id(request.GET.get("org", ""))
        if scope is not None:
            pages = pages.descendant_of(scope)
        titles = [
            {"title": page.title, "url": page.url}
            for page in title_suggestions(pages, query)
        ]
    return JsonResponse({"results": titles})


def title_suggestions(pages, query):
    """Up to AUTOCOMPLETE_LIMIT of `pages` whose titles start with the words of
    `query`; none when the text-search engine refuses the query."""
    try:
        words = " ".join(search_words(query))
        return list(pages.autocomplete(words)[:AUTOCOMPLETE_LIMIT])
    except DatabaseError:
        logger.warning("Autocomplete refused by the database: %r", query, exc_info=True)
        return []
