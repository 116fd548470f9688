"""The synthetic site used by benchmarks has the size asked for and valid content."""

import io

import pytest
from django.core.management import CommandError, call_command

from pages.models import BodyPage, ChangeLogEntry, OrganisationPage


def generate(*args):
    output = io.StringIO()
    call_command("generate_site", *args, stdout=output)
    return output.getvalue()


def test_it_builds_organisations_bodies_and_versions(client, home):
    output = generate("--organisations", "2", "--bodies", "3", "--versions", "4")
    assert OrganisationPage.objects.count() == 2
    assert BodyPage.objects.live().count() == 6
    first = BodyPage.objects.order_by("path").first()
    assert ChangeLogEntry.objects.for_page(first).count() == 5
    assert "2/2" in output and "Synthetic site ready." in output
    for body in BodyPage.objects.all():
        body.content.stream_block.clean(body.content)  # valid block data
        assert client.get(body.url).status_code == 200


def test_it_refuses_to_run_twice(home):
    generate("--organisations", "1", "--bodies", "1", "--versions", "0")
    with pytest.raises(CommandError, match="fresh database"):
        generate("--organisations", "1", "--bodies", "1", "--versions", "0")


def test_it_needs_the_home_page(db):
    with pytest.raises(CommandError, match="load_demo"):
        generate("--organisations", "1")
