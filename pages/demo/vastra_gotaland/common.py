"""Wording shared by several Västra Götaland bodies (seed 003)."""

CONSENSUS_RULE = (
    "Alla beslut ska ske i enighet. Om enighet inte kan uppnås i en fråga ska ärendet "
    "återremitteras för förnyad beredning eller avföras."
)
LEAVING = (
    "Representant aviserar till samordningsfunktionen och sin uppdragsgivare att hen "
    "avser att avsluta sitt uppdrag."
)
