"""A specification with bodies and a routine below it, as readers see it in print."""

import pytest

from tests.factories import BodyPageFactory, RoutinePageFactory

MANDATE = (
    "mandate",
    {"items": [{"decision": "Fatta beslut om IT-stöd", "money_limit": 50000}]},
)
COMPOSITION = (
    "composition",
    {
        "rows": [
            {"party": "Kommunerna", "group": "Kommun", "members": 5},
            {"party": "Regionen", "group": "Region", "members": 5},
        ],
        "stated_total": 10,
    },
)


@pytest.fixture
def tree(specification):
    """Ledningsråd (1) with Arbetsgrupp IT (1.1), Beredningsgrupp (2) and a routine
    (3), in that order below the specification."""
    council = BodyPageFactory(
        parent=specification,
        title="Ledningsråd",
        slug="ledningsrad",
        short_name="LR",
        content=[MANDATE, COMPOSITION],
    )
    working_group = BodyPageFactory(
        parent=council,
        title="Arbetsgrupp IT",
        slug="arbetsgrupp-it",
        reports_to=council,
    )
    preparatory = BodyPageFactory(
        parent=specification,
        title="Beredningsgrupp",
        slug="beredningsgrupp",
        reports_to=council,
    )
    routine = RoutinePageFactory(
        parent=specification,
        title="Rutin för avvikelser",
        slug="rutin",
        purpose="<p>Att hantera avvikelser lika i hela länet.</p>",
    )
    return {
        "specification": specification,
        "council": council,
        "working_group": working_group,
        "preparatory": preparatory,
        "routine": routine,
    }


PRINT_PATH = "/testlan/specifikation/utskrift/"
PDF_PATH = "/testlan/specifikation/utskrift/pdf/"
