"""English texts of the home page, the Västra Götaland organisation and its
specification (seed 003)."""

HOME = {
    "Hjälpmedelssamverkan": "Assistive device collaboration",
    "hem": "home",
    "Styrning och samverkan inom hjälpmedelsområdet: specifikationer, organ och "
    "rutiner för regionernas och kommunernas samarbetsorganisationer.": (
        "Governance and collaboration in the field of assistive devices: "
        "specifications, bodies and routines of the collaboration organisations of "
        "the regions and municipalities."
    ),
}

VASTRA_GOTALAND = {
    "Hjälpmedel i Västra Götaland": "Assistive devices in Västra Götaland",
    "vastra-gotaland": "vastra-gotaland",
    "Samarbetsorganisationen för hjälpmedel i Västra Götaland hanterar det "
    "gemensamma arbetet med personliga hjälpmedel och grundutrustning.": (
        "The collaboration organisation for assistive devices in Västra Götaland "
        "manages the joint work on personal assistive devices and basic equipment."
    ),
    "VG": "VG",
    "Västra Götaland": "Västra Götaland",
    "Västra Götalandsregionen (VGR)\n"
    "Kommunerna i Västra Götaland (VGK), genom VästKom": (
        "Region Västra Götaland (VGR)\n"
        "The municipalities in Västra Götaland (VGK), through VästKom"
    ),
}

SPECIFICATION = {
    "Specifikation gällande samarbete och styrning": (
        "Specification for collaboration and governance"
    ),
    "samarbete-och-styrning": "collaboration-and-governance",
    "Samarbetsorganisationen för hjälpmedel i Västra Götaland": (
        "The collaboration organisation for assistive devices in Västra Götaland"
    ),
    "Specifikationen anger hur samarbete och styrning hanteras inom "
    "samarbetsorganisationen.": (
        "The specification sets out how collaboration and governance are handled "
        "within the collaboration organisation."
    ),
    "Specifikationen är webbaserad. Förändring av innehållet i specifikationen kan "
    "göras under avtalstiden. Beslut om förändring fattas inom "
    "samarbetsorganisationen. Respektive avtalspart ansvarar för att implementera "
    "beslutade förändringar.": (
        "The specification is published on the web. Its content may be changed "
        "during the agreement period. Decisions on changes are made within the "
        "collaboration organisation. Each party to the agreement is responsible for "
        "implementing the changes decided."
    ),
    "Vårdgivarnas inflytande och medverkan inom ramen för detta samarbetsavtal "
    "säkerställs i samarbetsorganisationen. Samarbetsorganisationen ska eftersträva "
    "att alla vårdgivare oavsett driftsform medverkar i samarbetsorganisationen. "
    "Samarbetsavtalet ställer krav på strukturerade arbetsformer på såväl politisk- "
    "som tjänstemannanivå. För att säkerställa detta behövs tydliga uppdrag och "
    "befogenheter och effektiva handläggningsprocesser.": (
        "The care providers' influence and participation under this collaboration "
        "agreement are ensured in the collaboration organisation. The collaboration "
        "organisation shall strive for all care providers, whatever their form of "
        "operation, to take part in it. The collaboration agreement requires "
        "structured working forms at both the political and the officials' level. "
        "To ensure this, clear assignments and powers and efficient handling "
        "processes are needed."
    ),
    "I specifikationen beskrivs uppdrag, arbetsformer och representation för": (
        "The specification describes the assignments, working forms and "
        "representation of the"
    ),
    "Politisk samarbetsorganisation": "political collaboration organisation",
    "Tjänstemännens samarbetsorganisation": "officials' collaboration organisation",
}
