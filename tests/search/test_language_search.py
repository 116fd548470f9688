"""Readers find words inside governance blocks."""

import pytest
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
