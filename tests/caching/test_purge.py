"""A CDN or reverse proxy in front gets a PURGE for every address that shows the
changed data, sent by Wagtail's HTTP backend to a real server started here."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pages.cache.dependents import urls_showing_page
from tests.factories import SpecificationPageFactory


class RecordingProxy(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 - http.server's naming
        self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def proxy(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), RecordingProxy)
    server.purged = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield server
    server.shutdown()
    server.server_close()


def purged_paths(proxy):
    return {path for _host, path in proxy.purged}


def test_publishing_a_body_purges_every_page_that_shows_it(
    proxy, council, appointment, django_capture_on_commit_callbacks
):
    council.title = "Hjälpmedelsnämnd"
    with django_capture_on_commit_callbacks(execute=True):
        council.save_revision().publish()

    spec = "/testlan/specifikation/"
    expected = {
        spec + "hjalpmedelsrad/",
        spec + "hjalpmedelsrad/versions/",
        spec,
        spec + "versions/",
        spec + "feed/",
        spec + "utskrift/",
        spec + "utskrift/pdf/",
        "/testlan/",
        "/testlan/feed/",
        "/testlan/organisationsschema/",
        "/testlan/vem-beslutar/",
        "/testlan/representation/",
        "/testlan/representation/storby/",
        "/testlan/oppna-data/popolo/",
        "/testlan/oppna-data/sammansattning/",
        "/testlan/oppna-data/mandat/",
        "/",
        "/sitemap.xml",
    }
    assert expected <= purged_paths(proxy)
    assert {host for host, _path in proxy.purged} == {"localhost"}
    assert purged_paths(proxy) == {
        url.removeprefix("http://localhost") for url in urls_showing_page(council)
    }


def test_nothing_is_purged_before_the_commit(
    proxy, council, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        council.save_revision().publish()
    assert proxy.purged == []
    for callback in callbacks:
        callback()
    assert "/testlan/specifikation/hjalpmedelsrad/" in purged_paths(proxy)


def test_a_moved_page_is_purged_at_its_old_address_too(
    proxy, council, organisation, django_capture_on_commit_callbacks
):
    other = SpecificationPageFactory(parent=organisation, slug="rutiner")
    with django_capture_on_commit_callbacks(execute=True):
        council.move(other, pos="last-child")
    paths = purged_paths(proxy)
    assert "/testlan/specifikation/hjalpmedelsrad/" in paths
    assert "/testlan/rutiner/hjalpmedelsrad/" in paths
    assert "/testlan/specifikation/" in paths


def test_a_renamed_person_purges_their_body_and_member_pages(
    proxy, appointment, django_capture_on_commit_callbacks
):
    person = appointment.person
    person.name = "Anna Berg"
    with django_capture_on_commit_callbacks(execute=True):
        person.save()
    paths = purged_paths(proxy)
    assert "/testlan/specifikation/hjalpmedelsrad/" in paths
    assert "/testlan/representation/storby/" in paths
    assert "/testlan/oppna-data/popolo/" in paths
