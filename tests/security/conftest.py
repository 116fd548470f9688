"""Two organisations with their workflows and a user per role (tests/workflow)."""

from tests.workflow.conftest import (  # noqa: F401 - fixtures used by these tests
    halland,
    ledningsrad,
    specification,
    users,
    vg,
)
