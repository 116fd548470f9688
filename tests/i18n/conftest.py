"""A small bilingual site: a Swedish tree (tests/conftest.py) with English
translations made by wagtail-localize, as its translation editor makes them."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

from pages.demo.translator import DemoTranslator


@pytest.fixture
def english(db):
    """The English locale, created by the pages migration on every install."""
    return Locale.objects.get(language_code="en")


def translate(page, texts, locale=None):
    """Translate `page` into English with wagtail-localize and publish it; `texts`
    maps every Swedish string of the page to its English text."""
    locale = locale or Locale.objects.get(language_code="en")
    return DemoTranslator({}, write=lambda _line: None).translate(
        page.specific, texts, locale
    )


def texts_of_home(home):
    return {home.title: "Assistive device collaboration", home.slug: "home"}


def texts_of_organisation(organisation):
    return {
        organisation.title: "Assistive devices in Testlän",
        organisation.slug: organisation.slug,
        organisation.short_name: organisation.short_name,
    }


def texts_of_specification(specification):
    return {
        specification.title: "Specification for collaboration",
        specification.slug: "specification",
        "Specifikationen anger hur samarbete och styrning hanteras.": (
            "The specification sets out how collaboration and governance are handled."
        ),
    }


@pytest.fixture
def english_tree(home, organisation, specification, english):
    """English translations of the home page, the organisation and the
    specification (not of the pages below it)."""
    return {
        "home": translate(home, texts_of_home(home)),
        "organisation": translate(organisation, texts_of_organisation(organisation)),
        "specification": translate(
            specification, texts_of_specification(specification)
        ),
    }


def get(client, url, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")
