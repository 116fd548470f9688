"""What happens when the approval workflow finishes (WAGTAIL_FINISH_WORKFLOW_ACTION).

Wagtail imports this module while its own models load, so it imports no models.
"""

from django.db import transaction


@transaction.atomic
def publish_approved_revision(workflow_state, user=None):
    """Publish exactly the revision the last task approved, never a later edit.

    Approvers need no publish permission of their own: approving the last task is the
    decision to publish.
    """
    revision = workflow_state.current_task_state.revision
    revision.publish(user=user, skip_permission_checks=True)
