"""Hjälpmedel i Halland: the application instruction for the collaboration structure
before GNHH (seed 000) with its three councils, and the instruction for care and
discharge planning (seed 004)."""

from pages.models import OrganisationPage

from ..spec import PageSpec, paragraphs
from .collaboration_structure import COLLABORATION_STRUCTURE
from .discharge_planning import DISCHARGE_PLANNING

HALLAND = PageSpec(
    OrganisationPage,
    key="halland",
    label="Halland",
    title="Hjälpmedel i Halland",
    slug="halland",
    fields={
        "short_name": "Halland",
        "region": "Halland",
        "members": "Region Halland\nHallands kommuner",
        "introduction": paragraphs(
            "Samverkan mellan Hjälpmedelcentrum (HMC), Vårdval Halland närsjukvård och "
            "Hallands kommuner inom den regionala samverkansstrukturen i Halland."
        ),
    },
    children=[COLLABORATION_STRUCTURE, DISCHARGE_PLANNING],
)

__all__ = ["HALLAND"]
