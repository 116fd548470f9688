"""The fault drill in its quick mode: a few readers for a few seconds while an editor
publishes, on gunicorn with production settings; every acknowledged edit is found."""

import os
import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

DATABASE_URL = os.environ.get("DATABASE_URL", "")
ON_POSTGRES = DATABASE_URL.startswith(("postgres://", "postgresql://"))


def figure(output, name):
    return int(re.search(rf"^\s+{name}\s+(\d+)$", output, re.MULTILINE).group(1))


@pytest.mark.skipif(not ON_POSTGRES, reason="the drill itself needs PostgreSQL")
def test_the_quick_drill_loses_no_acknowledged_edit():
    output = StringIO()
    try:
        call_command(
            "fault_drill",
            readers=5,
            duration=5,
            organisations=1,
            bodies=2,
            database_url=DATABASE_URL,
            stdout=output,
        )
    except CommandError as error:
        pytest.fail(f"{error}\n{output.getvalue()}")
    text = output.getvalue()
    assert "Fault drill passed." in text
    assert figure(text, "errors") == 0
    assert figure(text, "requests") > 0
    acknowledged = figure(text, "edits acknowledged")
    assert acknowledged > 0
    assert figure(text, "edits found") == acknowledged


@pytest.mark.skipif(ON_POSTGRES, reason="the PostgreSQL run is tested above")
def test_without_postgresql_the_drill_says_what_it_needs():
    with pytest.raises(CommandError, match="needs PostgreSQL"):
        call_command("fault_drill", readers=1, duration=2, database_url="")
