"""Every text a reader or editor sees is marked for translation, and the
catalogues hold exactly what makemessages would extract (nothing new, nothing stale).
"""

import polib
import pytest

from tests.locale.extraction import (
    ROOT,
    extracted_messages,
    python_files,
    template_files,
    unmarked_code_text,
    unmarked_template_text,
)

LOCALE = ROOT / "locale"


@pytest.fixture(scope="module")
def in_code():
    return extracted_messages()


@pytest.mark.parametrize("language", ["sv", "en"])
def test_catalogue_holds_every_marked_string(in_code, language):
    po = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    in_catalogue = {(entry.msgctxt, entry.msgid) for entry in po if not entry.obsolete}
    missing = sorted(in_code - in_catalogue, key=str)
    assert missing == [], "run makemessages (docs/translations.md) and translate these"
    stale = sorted(in_catalogue - in_code, key=str)
    assert stale == [], "no longer in the code: run makemessages with --no-obsolete"


def test_extraction_finds_marked_template_and_code_strings(in_code):
    # The extractor sees both kinds of source (a guard against it finding nothing).
    assert (None, "Last updated") in in_code  # templates
    assert (None, "Composition") in in_code  # governance_blocks code


def test_templates_have_no_unmarked_text():
    unmarked = {
        str(path.relative_to(ROOT)): words
        for path in template_files()
        if (words := unmarked_template_text(path))
    }
    assert unmarked == {}


def test_code_has_no_unmarked_labels_or_messages():
    unmarked = {
        str(path.relative_to(ROOT)): found
        for path in python_files()
        if (found := unmarked_code_text(path))
    }
    assert unmarked == {}


def test_the_checks_catch_unmarked_text(tmp_path):
    template = tmp_path / "example.html"
    template.write_text(
        "{% load i18n %}{% block body_class %}page-x{% endblock %}"
        '<h1>{% translate "Mandate" %}</h1><p>Beslutas av {{ body }}</p>'
        '<img alt="Organisationsschema" src="x.svg">'
        "{% blocktranslate %}Valid {{ n }} years{% endblocktranslate %}"
    )
    assert unmarked_template_text(template) == ["Beslutas av", "Organisationsschema"]

    code = tmp_path / "example.py"
    code.write_text(
        "from django.db import models\n"
        "from django.utils.translation import gettext_lazy as _\n"
        "class Level(models.TextChoices):\n"
        '    POLITICAL = "political", "Politisk nivå"\n'
        '    OFFICIALS = "officials", _("Officials")\n'
        "class Body(models.Model):\n"
        '    name = models.CharField(verbose_name="namn", help_text=_("Full name"))\n'
    )
    assert [what for _line, what in unmarked_code_text(code)] == [
        "Level choice label",
        "CharField(verbose_name=…)",
    ]
