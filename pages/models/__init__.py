from .accessibility import AccessibilityStatementPage, Compliance
from .base import GovernancePage
from .body import BodyForm, BodyLevel, BodyPage, BodyRole
from .changelog import ChangeLogEntry, ChangeType
from .guidance import GlossaryPage, GuidancePage
from .home import HomePage, OrganisationPage
from .reminders import ReviewReminder
from .routine import RoutineKind, RoutinePage
from .specification import SpecificationPage
from .workflow import DecisionForm, DecisionTask, DecisionTaskState

__all__ = [
    "AccessibilityStatementPage",
    "BodyForm",
    "BodyLevel",
    "BodyPage",
    "BodyRole",
    "ChangeLogEntry",
    "ChangeType",
    "Compliance",
    "DecisionForm",
    "DecisionTask",
    "DecisionTaskState",
    "GlossaryPage",
    "GovernancePage",
    "GuidancePage",
    "HomePage",
    "OrganisationPage",
    "ReviewReminder",
    "RoutineKind",
    "RoutinePage",
    "SpecificationPage",
]
