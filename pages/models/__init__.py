from .accessibility import AccessibilityStatementPage, Compliance
from .base import GovernancePage
from .body import BodyForm, BodyLevel, BodyPage, BodyRole
from .changelog import ChangeLogEntry, ChangeType
from .guidance import GlossaryPage, GuidancePage
from .home import HomePage, OrganisationPage
from .imports import ImportedDocument
from .reminders import ReviewReminder
from .representatives import (
    Appointment,
    AppointmentRole,
    MemberOrganisation,
    MemberOrganisationKind,
    Person,
)
from .routine import RoutineKind, RoutinePage
from .specification import SpecificationPage
from .workflow import DecisionForm, DecisionTask, DecisionTaskState

__all__ = [
    "AccessibilityStatementPage",
    "Appointment",
    "AppointmentRole",
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
    "ImportedDocument",
    "MemberOrganisation",
    "MemberOrganisationKind",
    "OrganisationPage",
    "Person",
    "ReviewReminder",
    "RoutineKind",
    "RoutinePage",
    "SpecificationPage",
]
