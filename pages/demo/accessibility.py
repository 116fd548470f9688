"""The site's accessibility statement (tillgänglighetsredogörelse), after the model of
the Agency for Digital Government (DIGG)."""

import datetime

from pages.models import AccessibilityStatementPage, Compliance
from pages.models.accessibility import default_known_issues, default_testing_method

from .spec import PageSpec, paragraphs

ACCESSIBILITY_STATEMENT = PageSpec(
    AccessibilityStatementPage,
    key="tillganglighet",
    label="Site",
    title="Tillgänglighetsredogörelse",
    slug="tillganglighetsredogorelse",
    fields={
        "introduction": paragraphs(
            "Webbplatsen publiceras av samarbetsorganisationerna för hjälpmedel i "
            "Västra Götaland, Halland och Jönköpings län."
        ),
        "compliance": Compliance.PARTIAL,
        "known_issues": default_known_issues(),
        "contact_email": "tillganglighet@hjalpmedelssamverkan.example.se",
        "response_time": "Vi svarar normalt inom två arbetsdagar.",
        "testing_method": default_testing_method(),
        "tested_on": datetime.date(2026, 3, 12),
    },
)
