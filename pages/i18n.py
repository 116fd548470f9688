"""The languages of a public page: its translations readers can reach, for the
language switcher and the hreflang alternates, found in one query.

Swedish (the default language) is served without a URL prefix, English under /en/
(govsite.urls); Wagtail serves a page's translation below the translation of the
site's home page in the same language.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from .queries import restricted

#: Per language, in that language: the page is missing, and where to go instead.
#: Rendered with the language activated, so each reads in its own language.
NOT_AVAILABLE = {
    "sv": (
        _("This page is not available in Swedish."),
        _("Go to the Swedish home page"),
    ),
    "en": (
        _("This page is not available in English."),
        _("Go to the English home page"),
    ),
}


@dataclass(frozen=True)
class LanguageLink:
    """The way to one other language from the page being read."""

    language_code: str
    #: The language's own name ("Svenska", "English"), as it is written in it.
    name: str
    #: The page's translation, or the language's home page when there is none.
    url: str
    available: bool
    #: When not available: the notice and the link text, in the language itself.
    notice: str = ""
    home_text: str = ""


@dataclass
class PageLanguages:
    #: The interface language of the request ("sv", "en").
    language_code: str
    #: The language the page's text is written in: its locale's, or for an alias
    #: page (a copy standing in for an untranslated page) its original's.
    content_language: str
    #: Links to the other languages, in settings.LANGUAGES order.
    links: list[LanguageLink] = field(default_factory=list)
    #: (language code, absolute URL) of every readable version, the page's own too.
    alternates: list[tuple[str, str]] = field(default_factory=list)
    #: The absolute URL for readers whose language is not offered: the Swedish page.
    x_default: str = ""
    #: {locale id: language code} of the locales seen, for lang attributes.
    locale_codes: dict[int, str] = field(default_factory=dict)

    @property
    def content_in_other_language(self):
        return self.content_language != self.language_code


def language_name(language_code):
    """The language's own name, from settings.LANGUAGES ("Svenska", "English")."""
    return dict(settings.LANGUAGES).get(language_code, language_code)


def home_url(language_code):
    """The home page's address in a language: "/" for Swedish, "/en/" for English."""
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


def readable_translations(page):
    """The live, public translations of `page` (itself included if it is), with
    their locales: one query."""
    return list(
        Page.objects.filter(translation_key=page.translation_key)
        .live()
        .filter(~restricted())
        .select_related("locale")
        .order_by("pk")
    )


def page_languages(page, request):
    """The languages of `page` as read in `request`'s language (see PageLanguages).

    An alias page standing in for an untranslated page (made when a page below it
    was translated) shows the original's text: it counts as not translated."""
    current = translation.get_language()
    translations = readable_translations(page)
    locale_codes = {t.locale_id: t.locale.language_code for t in translations}
    languages = PageLanguages(
        language_code=current, content_language=current, locale_codes=locale_codes
    )
    own_language = language_of(page, languages)
    versions = {
        language_of(t, languages): t
        for t in translations
        if t.pk != page.pk and not t.alias_of_id
    }
    if page.alias_of_id:
        original = next((t for t in translations if t.pk == page.alias_of_id), None)
        languages.content_language = (
            language_of(original, languages) if original else own_language
        )
    else:
        languages.content_language = own_language
        if page.live:
            versions[own_language] = page

    for language_code, _name in settings.LANGUAGES:
        version = versions.get(language_code)
        if version is not None:
            languages.alternates.append((language_code, version.get_full_url(request)))
        if language_code == current:
            continue
        if version is not None:
            languages.links.append(
                LanguageLink(
                    language_code,
                    language_name(language_code),
                    version.get_url(request),
                    available=True,
                )
            )
        else:
            languages.links.append(missing_link(language_code))
    languages.x_default = dict(languages.alternates).get(settings.LANGUAGE_CODE, "")
    return languages


def missing_link(language_code):
    """The switcher's entry for a language the page is not translated into."""
    notice, home_text = NOT_AVAILABLE.get(language_code, ("", ""))
    with translation.override(language_code):
        return LanguageLink(
            language_code,
            language_name(language_code),
            home_url(language_code),
            available=False,
            notice=str(notice),
            home_text=str(home_text),
        )


def view_languages(request):
    """The languages of a view that is not a page (search): the same address in
    each language, with the query string kept."""
    current = translation.get_language()
    query = request.META.get("QUERY_STRING", "")
    result = PageLanguages(language_code=current, content_language=current)
    for language_code, _name in settings.LANGUAGES:
        path = translate_url(request.path, language_code)
        if path == request.path and language_code != current:
            url = home_url(language_code)  # an address with no counterpart
        else:
            url = f"{path}?{query}" if query else path
        result.alternates.append((language_code, request.build_absolute_uri(url)))
        if language_code != current:
            result.links.append(
                LanguageLink(
                    language_code, language_name(language_code), url, available=True
                )
            )
    result.x_default = dict(result.alternates).get(settings.LANGUAGE_CODE, "")
    return result


def language_of(page, languages=None):
    """The language code of the locale `page` is in; looked up in `languages`
    (a PageLanguages) first, else one query."""
    codes = languages.locale_codes if languages is not None else {}
    if page.locale_id not in codes:
        codes[page.locale_id] = (
            Locale.objects.filter(pk=page.locale_id)
            .values_list("language_code", flat=True)
            .first()
            or ""
        )
    return codes[page.locale_id]
