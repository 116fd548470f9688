"""Template tags for the languages of a public page: the language switcher, the
hreflang alternates and lang attributes on text in another language."""

from django import template
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Page

from ..i18n import PageLanguages, language_of, page_languages, view_languages

register = template.Library()

#: Request attribute holding the PageLanguages of the page being rendered.
REQUEST_ATTRIBUTE = "_page_languages"


def _languages(context):
    """PageLanguages for the page in the context, or for the view (search) when
    there is no page; computed once per request."""
    request = context.get("request")
    if request is None:  # a template rendered outside a request
        current = translation.get_language()
        return PageLanguages(language_code=current, content_language=current)
    page = context.get("page")
    key = page.pk if isinstance(page, Page) else None
    cached = getattr(request, REQUEST_ATTRIBUTE, None)
    if cached is None or cached[0] != key:
        if isinstance(page, Page):
            languages = page_languages(page, request)
        else:
            languages = view_languages(request)
        cached = (key, languages)
        setattr(request, REQUEST_ATTRIBUTE, cached)
    return cached[1]


@register.simple_tag(takes_context=True)
def languages_of_page(context):
    """{% languages_of_page as languages %}: see pages.i18n.PageLanguages."""
    return _languages(context)


@register.simple_tag(takes_context=True)
def lang_attrs(context, page):
    """' lang="sv" hreflang="sv"' for a link to a page in a language other than
    the text around it (the page's content language), else nothing."""
    if page is None:
        return ""
    languages = _languages(context)
    language_code = language_of(page, languages)
    if not language_code or language_code == languages.content_language:
        return ""
    return format_html(' lang="{0}" hreflang="{0}"', language_code)
