"""Translates demo pages with wagtail-localize's API, as a translator working in its
editor would: the page becomes a translation source, a translation into the target
locale is started, every extracted string gets its translation, and the translated
page is saved and published (a change-log entry is written, as for any publish).

A page whose source and translations are unchanged since the last run is left
alone, so a second run publishes nothing.
"""

from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from .builder import CREATED, UNCHANGED, UPDATED

#: The change summary of a translated version, in the change log of the translation.
TRANSLATION_SUMMARY = "Translated into English from the Swedish text."


class DemoTranslator:
    def __init__(self, pages, write=print):
        #: The demo pages by spec key (DemoBuilder.pages).
        self.pages = pages
        self.write = write
        self.outcomes = []

    def translate_all(self, translations, language_code="en"):
        """Translate each (spec key, texts) in order; return the translated pages."""
        locale = Locale.objects.get(language_code=language_code)
        return [
            self.translate(self._stored(key), texts, locale)
            for key, texts in translations
        ]

    def _stored(self, key):
        """The page as stored: the builder's instance may differ in bookkeeping
        fields (revisions, dates), which would look like a change of the source."""
        return Page.objects.get(pk=self.pages[key].pk).specific

    def translate(self, page, texts, locale):
        source, source_changed = self._update_source(page)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        strings_changed = self._translate_strings(page, source, texts, locale)
        target = page.get_translation_or_none(locale)
        if target is None:
            outcome = CREATED
        # An alias is a stand-in made while translating a page below it.
        elif source_changed or strings_changed or not target.live or target.alias_of_id:
            outcome = UPDATED
        else:
            outcome = UNCHANGED
        if outcome != UNCHANGED:
            # A draft of the translated page, then its publication: the same steps
            # as save_target(publish=True), which would publish only once the
            # surrounding transaction commits.
            translation.save_target(publish=False)
            target = page.get_translation(locale)
            target.get_latest_revision().publish()
        self.outcomes.append(outcome)
        self.write(f"{locale.get_display_name()}: {target.title} … {outcome}")
        return target

    @staticmethod
    def _update_source(page):
        """The page's translation source, brought up to date; whether it changed."""
        before = (
            TranslationSource.objects.filter(
                object_id=page.translation_key, locale_id=page.locale_id
            )
            .values_list("content_json", flat=True)
            .first()
        )
        source, _created = TranslationSource.update_or_create_from_instance(page)
        return source, source.content_json != before

    def _translate_strings(self, page, source, texts, locale):
        """Store the translation of every string segment; return whether any
        translation was added or changed."""
        changed = False
        missing = []
        segments = source.stringsegment_set.select_related("string", "context")
        for segment in segments.order_by("order"):
            swedish = StringValue(segment.string.data).render_text()
            english = translated_text(segment.context.path, swedish, texts)
            if english is None:
                missing.append(swedish)
                continue
            data = StringValue.from_plaintext(english).data
            translated, created = StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
            if created:
                changed = True
            elif translated.data != data:
                translated.data = data
                translated.has_error = False
                translated.save()
                changed = True
        if missing:
            raise LookupError(
                f"No {locale.language_code} text for these strings of "
                f"'{page.title}': {missing}"
            )
        return changed


def translated_text(path, text, texts):
    """The translation of `text` at the field path `path`, or None if missing.

    Section anchors stay as they are in every language (readers cite them), and a
    translated version's change summary says that it is a translation."""
    if path == "anchor" or path.endswith(".anchor"):
        return text
    if path == "change_summary":
        return TRANSLATION_SUMMARY
    return texts.get(text)
