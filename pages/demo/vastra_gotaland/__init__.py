"""Hjälpmedel i Västra Götaland: the specification for collaboration and governance
(seed 003, "Senast uppdaterad: 2019-05-10 12:13") with its bodies, followed by the
support material and glossary of seed 001 (in `guidance.py`)."""

from pages.models import OrganisationPage, SpecificationPage

from ..spec import PageSpec, bullets, local_datetime, paragraphs
from .forum import ASSISTIVE_DEVICES_FORUM, COORDINATION_FUNCTION
from .guidance import GLOSSARY, GUIDANCE
from .leadership_council import LEADERSHIP_COUNCIL
from .political import POLITICAL_PREPARATORY_GROUP, SRO
from .preparatory_groups import PREPARATORY_GROUPS

SPECIFICATION = PageSpec(
    SpecificationPage,
    key="vg-specifikation",
    title="Specifikation gällande samarbete och styrning",
    slug="samarbete-och-styrning",
    published_at=local_datetime(2019, 5, 10, 12, 13),
    fields={
        "owner_name": "Samarbetsorganisationen för hjälpmedel i Västra Götaland",
        "introduction": paragraphs(
            "Specifikationen anger hur samarbete och styrning hanteras inom "
            "samarbetsorganisationen.",
            "Specifikationen är webbaserad. Förändring av innehållet i specifikationen "
            "kan göras under avtalstiden. Beslut om förändring fattas inom "
            "samarbetsorganisationen. Respektive avtalspart ansvarar för att "
            "implementera beslutade förändringar.",
            "Vårdgivarnas inflytande och medverkan inom ramen för detta samarbetsavtal "
            "säkerställs i samarbetsorganisationen. Samarbetsorganisationen ska "
            "eftersträva att alla vårdgivare oavsett driftsform medverkar i "
            "samarbetsorganisationen. Samarbetsavtalet ställer krav på strukturerade "
            "arbetsformer på såväl politisk- som tjänstemannanivå. För att säkerställa "
            "detta behövs tydliga uppdrag och befogenheter och effektiva "
            "handläggningsprocesser.",
            "I specifikationen beskrivs uppdrag, arbetsformer och representation för",
        )
        + bullets(
            "Politisk samarbetsorganisation", "Tjänstemännens samarbetsorganisation"
        ),
    },
    children=[
        SRO,
        POLITICAL_PREPARATORY_GROUP,
        LEADERSHIP_COUNCIL,
        PREPARATORY_GROUPS,
        ASSISTIVE_DEVICES_FORUM,
        COORDINATION_FUNCTION,
    ],
)

VASTRA_GOTALAND = PageSpec(
    OrganisationPage,
    key="vg",
    label="Västra Götaland",
    title="Hjälpmedel i Västra Götaland",
    slug="vastra-gotaland",
    fields={
        "short_name": "VG",
        "region": "Västra Götaland",
        "members": "Västra Götalandsregionen (VGR)\n"
        "Kommunerna i Västra Götaland (VGK), genom VästKom",
        "introduction": paragraphs(
            "Samarbetsorganisationen för hjälpmedel i Västra Götaland hanterar det "
            "gemensamma arbetet med personliga hjälpmedel och grundutrustning."
        ),
    },
    children=[SPECIFICATION, GUIDANCE, GLOSSARY],
)

__all__ = ["VASTRA_GOTALAND"]
