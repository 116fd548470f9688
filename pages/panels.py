"""Admin panels of the governance pages."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class GovernanceChecksPanel(Panel):
    """What the body page derives from its texts, as the editor last saved them:
    the seats, the quorum, and a warning when a total stated in the text does not
    match the composition rows. Shown to editors only; readers see the facts on the
    page, never the warning."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Derived from the texts"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "pages/admin/governance_checks_panel.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.facts = self.instance.governance_facts()

        def is_shown(self):
            return self.facts.has_public_facts or self.facts.stated_total is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["facts"] = self.facts
            return context
