"""Readers find words inside governance blocks."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from tests.factories import BodyPageFactory

MANDATE = (
    "mandate",
    {
        "items": [
            {
                "decision": "Fatta beslut om anpassning gällande IT-stöd",
                "scope": "Beredningsgrupp IT-stöd",
                "money_limit": 50000,
            }
        ]
    },
)
COMPOSITION = (
    "composition",
    {"rows": [{"party": "VGR", "group": "Länssjukvård", "members": 8}]},
)
WORKING_FORMS = (
    "working_forms",
    {"quorum": "Beslutsförhet föreligger när hälften av ledamöterna deltar."},
)


@pytest.fixture
def beredningsgrupp(specification):
    return BodyPageFactory(
        parent=specification,
        title="Beredningsgrupp IT-stöd",
        slug="beredningsgrupp-it",
        content=[MANDATE, COMPOSITION, WORKING_FORMS],
    )


def search(text):
    return list(Page.objects.live().search(text))


@pytest.mark.parametrize("text", ["Länssjukvård", "50 000", "beslutsförhet", "IT-stöd"])
def test_words_inside_blocks_are_found(beredningsgrupp, text):
    assert beredningsgrupp.page_ptr in search(text)


def test_update_index_rebuilds_what_search_finds(beredningsgrupp):
    output = io.StringIO()
    call_command("update_index", stdout=output)
    assert beredningsgrupp.page_ptr in search("Länssjukvård")


def test_an_unpublished_page_leaves_the_results_at_once(beredningsgrupp):
    beredningsgrupp.unpublish()
    assert beredningsgrupp.page_ptr not in search("Länssjukvård")
