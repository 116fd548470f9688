from .base import GovernancePage
from .body import BodyForm, BodyLevel, BodyPage, BodyRole
from .guidance import GlossaryPage, GuidancePage
from .home import HomePage, OrganisationPage
from .routine import RoutineKind, RoutinePage
from .specification import SpecificationPage

__all__ = [
    "BodyForm",
    "BodyLevel",
    "BodyPage",
    "BodyRole",
    "GlossaryPage",
    "GovernancePage",
    "GuidancePage",
    "HomePage",
    "OrganisationPage",
    "RoutineKind",
    "RoutinePage",
    "SpecificationPage",
]
