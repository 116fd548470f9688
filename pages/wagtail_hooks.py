"""Admin customisation for the governance pages."""

from wagtail import hooks
from wagtail.admin.ui.components import Component

from .reminders import routines_to_review_for


class RoutinesToReviewPanel(Component):
    """Dashboard panel: routines the user may edit that are overdue for review or
    due within 30 days, overdue first. A fixed number of queries."""

    name = "routines_to_review"
    template_name = "pages/admin/routines_to_review_panel.html"
    order = 230  # after the workflow panels, before recent edits

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["routines"] = routines_to_review_for(parent_context["request"].user)
        return context


@hooks.register("construct_homepage_panels")
def add_routines_to_review_panel(request, panels):
    panels.append(RoutinesToReviewPanel())
