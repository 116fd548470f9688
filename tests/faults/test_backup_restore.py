"""backup_site and restore_site round-trip the whole site: after wiping the database
and the files and restoring the backup, every public page reads exactly as before."""

import re
from html import unescape

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.models import Page

from tests.factories import RoutinePageFactory
from tests.faults.conftest import (
    EDITORIAL,
    approve_preparation,
    submit,
)

#: Not part of the comparison: the admin, static files (not in the database), and
#: PDFs (they carry their creation time).
SKIPPED = ("/admin/", "/django-admin/", "/static/")
LINK = re.compile(r'(?:href|src)="(/[^"#]*)"')
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')


def crawl(client, limit=500):
    """{path: (status, body)} of every page reachable from the home pages."""
    client.logout()
    seen = {}
    queue = ["/", "/en/"]
    while queue and len(seen) < limit:
        path = queue.pop(0)
        if path in seen or path.startswith(SKIPPED) or path.endswith("/pdf/"):
            continue
        response = client.get(path)
        body = b"".join(response) if response.streaming else response.content
        if "html" in response.get("Content-Type", ""):
            text = body.decode()
            queue.extend(unescape(link) for link in LINK.findall(text))
            body = CSRF.sub("", text)
        seen[path] = (response.status_code, body)
    return seen


@pytest.fixture
def site_with_history(client, users, ledningsrad, specification):
    submit(client, users["editor"], ledningsrad, **EDITORIAL)
    approve_preparation(client, users, ledningsrad)
    RoutinePageFactory(parent=specification, title="Rutin för förskrivning")
    document = get_document_model().objects.create(
        title="Reglemente", file=ContentFile(b"Reglemente 2026", name="reglemente.txt")
    )
    return document


@pytest.mark.django_db(transaction=True)
def test_a_restored_backup_serves_every_public_page_identically(
    client, site_with_history, tmp_path
):
    before = crawl(client)
    pages = Page.objects.live().public().specific()
    public = {page.url for page in pages if page.url}  # the root has no address
    assert public <= set(before), public - set(before)
    routes = ("/versions/", "/organisationsschema/", "/vem-beslutar/", "/utskrift/")
    for route in routes:
        assert any(path.endswith(route) for path in before), route
    assert {status for status, _body in before.values()} == {200}

    backup = tmp_path / "site.tar.gz"
    call_command("backup_site", str(backup))

    file_name = site_with_history.file.name
    call_command("flush", interactive=False)
    default_storage.delete(file_name)
    cache.clear()
    assert client.get(next(iter(public - {"/"}))).status_code == 404

    call_command("restore_site", str(backup), interactive=False)
    assert crawl(client) == before
    with default_storage.open(file_name, "rb") as restored:
        assert restored.read() == b"Reglemente 2026"
