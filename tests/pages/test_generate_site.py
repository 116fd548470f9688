"""The synthetic site used by benchmarks has the size asked for and valid content."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.utils.html import strip_tags
from wagtail.models import PageLogEntry

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
    assert ChangeLogEntry.objects.for_page(first).count() == 4
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


def test_versions_leave_what_publishing_leaves(client, home):
    generate("--organisations", "1", "--bodies", "2", "--versions", "6")
    body = BodyPage.objects.order_by("path").first()
    entries = ChangeLogEntry.objects.for_page(body).order_by("version")
    assert [entry.version for entry in entries] == [1, 2, 3, 4, 5, 6]
    assert [entry.published_at for entry in entries] == sorted(
        entry.published_at for entry in entries
    )
    # Every version has its own revision, holding the text it was published with.
    revisions = [entry.revision for entry in entries]
    assert len({revision.pk for revision in revisions}) == 6
    assert all(revision.object_id == str(body.pk) for revision in revisions)
    introductions = [revision.as_object().introduction for revision in revisions]
    assert len(set(introductions)) == 6
    assert body.live_revision_id == revisions[-1].pk
    assert body.introduction == introductions[-1]
    assert PageLogEntry.objects.filter(page=body, action="wagtail.publish").count() == 6
    # Readers see each version as it stood, and the difference between two.
    version = client.get(f"{body.url}versions/3/")
    assert version.status_code == 200
    assert strip_tags(introductions[2]) in version.content.decode()
    diff = client.get(f"{body.url}versions/2/diff/3/")
    assert diff.status_code == 200
    log = client.get(f"{body.url}versions/")
    assert "Redaktionell ändring 5." in log.content.decode()
