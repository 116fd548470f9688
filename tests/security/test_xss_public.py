"""Hostile text in every field a page, its blocks, its change log and the register
hold is shown as text on every public view, never as live markup."""

import csv
import io
import json

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import Locale

from pages.demo.translator import DemoTranslator
from pages.models import (
    Appointment,
    AppointmentRole,
    BodyPage,
    ChangeLogEntry,
    MemberOrganisation,
    Person,
    SpecificationPage,
)
from tests.factories import BodyPageFactory
from tests.security.xss import (
    HOSTILE_URL,
    PAYLOADS,
    HostileValues,
    assert_escaped,
    injected_markup,
    payload,
    rich_text_from,
)

TITLE = '<script>alert("xss-title")</script> Råd'
SUMMARY = "<img src=x onerror=alert('xss-summary')> ändrad"
REFERENCE = "\"'><svg onload=alert('xss-ref')> §4"
MEMBER = "<b onmouseover=alert('xss-member')>Kommun</b>"
PERSON = "</textarea><script>alert('xss-person')</script>"
PARTY = "{{ 7|add:'1300' }} Kommunerna"


def hostile_content(stream_block, offset=0, page_id=None):
    values = HostileValues(page_id=page_id)
    values.count = offset
    return stream_block.to_python(values.for_block(stream_block))


@pytest.fixture
def hostile_site(organisation, specification):
    """A specification and a body whose every text holds a payload, published
    twice (so there are versions to diff), a change log entry with a hostile
    summary and decision, and a member organisation and person in the register."""
    spec = SpecificationPage.objects.get(pk=specification.pk)
    spec.content = hostile_content(spec.content.stream_block)
    spec.introduction = rich_text_from(payload(3))
    spec.save_revision().publish()

    body = BodyPageFactory(parent=specification, title=TITLE, slug="hostile")
    body = BodyPage.objects.get(pk=body.pk)
    for number, field in enumerate(
        [
            "short_name",
            "host_party",
            "reports_to_other",
            "assignments_from_other",
            "predecessor_other",
            "convener",
            "secretariat",
        ]
    ):
        max_length = body._meta.get_field(field).max_length
        setattr(body, field, payload(number)[:max_length])
    body.introduction = rich_text_from(payload(1))
    body.content = hostile_content(body.content.stream_block, page_id=spec.pk)
    body.change_summary = SUMMARY
    body.save_revision().publish()
    body.content = hostile_content(body.content.stream_block, offset=5)
    body.save_revision().publish()
    ChangeLogEntry.objects.filter(page=body).update(
        summary=SUMMARY, deciding_body_name=TITLE, decision_reference=REFERENCE
    )

    member = MemberOrganisation.objects.create(name=MEMBER, slug="hostile-member")
    member.organisations.add(organisation)
    person = Person.objects.create(
        name=PERSON, name_is_public=True, organisation=organisation
    )
    Appointment.objects.create(
        person=person,
        member_organisation=member,
        body=body,
        role=AppointmentRole.MEMBER,
        party=PARTY,
        seat_group=payload(4),
        term_from=timezone.localdate(),
    )
    return {"organisation": organisation, "specification": spec, "body": body}


def get_html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("text/html")
    return response.content.decode()


def test_every_block_type_is_filled(hostile_site):
    """The fixture reaches every block of the body stream with hostile text."""
    body = hostile_site["body"]
    types = {child.block_type for child in body.content}
    assert types == set(body.content.stream_block.child_blocks)
    assert len({child.value.__class__ for child in body.content}) > 1


def test_body_page(client, hostile_site):
    html = get_html(client, hostile_site["body"].url)
    assert_escaped(html, shown=[TITLE, payload(5), payload(6), PAYLOADS[0][1]])


def test_specification_page(client, hostile_site):
    spec = hostile_site["specification"]
    assert_escaped(get_html(client, spec.url), shown=[payload(0), TITLE])


def test_change_log_versions_and_diff(client, hostile_site):
    body = hostile_site["body"]
    change_log = get_html(client, f"{body.url}versions/")
    assert_escaped(change_log, shown=[SUMMARY, REFERENCE])
    assert_escaped(get_html(client, f"{body.url}versions/2/"), shown=[payload(5)])
    diff = get_html(client, f"{body.url}versions/2/diff/3/")
    assert_escaped(diff, shown=[payload(5)])


def test_feeds(client, hostile_site):
    """Atom's summary is HTML: the hostile text is escaped inside it, so a feed
    reader shows it as text."""
    for page in (hostile_site["specification"], hostile_site["organisation"]):
        response = client.get(f"{page.url}feed/")
        assert response.status_code == 200
        feed = BeautifulSoup(response.content, "xml")
        summaries = [entry.summary for entry in feed.find_all("entry")]
        assert summaries
        assert {summary["type"] for summary in summaries} == {"html"}
        html = "".join(summary.get_text() for summary in summaries)
        assert_escaped(html, shown=[SUMMARY, REFERENCE])
        titles = " ".join(entry.title.get_text() for entry in feed.find_all("entry"))
        assert TITLE in titles


def test_org_chart_and_who_decides(client, hostile_site):
    organisation = hostile_site["organisation"]
    chart = get_html(client, f"{organisation.url}organisationsschema/")
    assert_escaped(chart, shown=[TITLE])
    who = get_html(client, f"{organisation.url}vem-beslutar/")
    assert_escaped(who, shown=[TITLE])


def test_representation_pages(client, hostile_site):
    organisation = hostile_site["organisation"]
    listing = get_html(client, f"{organisation.url}representation/")
    assert_escaped(listing, shown=[MEMBER])
    member = get_html(client, f"{organisation.url}representation/hostile-member/")
    assert_escaped(member, shown=[MEMBER, TITLE, PERSON])


def test_open_data_is_served_as_data(client, hostile_site):
    """JSON and CSV carry the text as written, with types that no browser renders
    as HTML."""
    organisation = hostile_site["organisation"]
    response = client.get(f"{organisation.url}oppna-data/popolo/")
    assert response["Content-Type"].startswith("application/json")
    assert response["X-Content-Type-Options"] == "nosniff"
    data = json.dumps(response.json(), ensure_ascii=False)
    assert json.dumps(PERSON, ensure_ascii=False)[1:-1] in data
    for name in ("sammansattning", "mandat"):
        response = client.get(f"{organisation.url}oppna-data/{name}/")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/csv")
        assert response["X-Content-Type-Options"] == "nosniff"
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert any(TITLE in cell for row in rows for cell in row)


def test_print_view(client, hostile_site):
    spec = hostile_site["specification"]
    assert_escaped(
        get_html(client, f"{spec.url}utskrift/"), shown=[TITLE, payload(0), payload(7)]
    )


@pytest.mark.parametrize("words", ["alert", "xss", "script", "Råd"])
def test_search_results_and_snippets(client, hostile_site, words):
    html = get_html(client, f"/sok/?q={words}")
    assert_escaped(html)
    assert "hostile/" in html  # the body was found


def test_search_box_echoes_hostile_queries_as_text(client, hostile_site):
    for _name, text in PAYLOADS:
        response = client.get("/sok/", {"q": text})
        assert response.status_code == 200
        assert_escaped(response.content)


def test_api_serves_json(client, hostile_site):
    body = hostile_site["body"]
    response = client.get(f"/api/v2/pages/{body.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    data = response.json()
    assert data["title"] == TITLE
    assert injected_markup(data["introduction"]) == []
    listing = client.get("/api/v2/pages/", {"type": "pages.BodyPage", "fields": "*"})
    assert listing.status_code == 200
    for item in listing.json()["items"]:
        assert injected_markup(item.get("introduction", "")) == []


def test_hostile_url_stays_inside_its_attribute(client, hostile_site):
    """A URL that passes validation but holds quotes and brackets is one href."""
    html = get_html(client, hostile_site["specification"].url)
    assert injected_markup(html) == []
    assert HOSTILE_URL not in html  # present only escaped


def test_english_translation(client, hostile_site, english_tree_for_hostile):
    translated = english_tree_for_hostile
    html = get_html(client, translated.url)
    assert_escaped(html, shown=[f"EN {TITLE}"])


@pytest.fixture
def english_tree_for_hostile(hostile_site):
    class Hostile(dict):
        """English for every string: a payload in front of the Swedish text;
        slugs unchanged."""

        def get(self, text, default=None):
            if text.isascii() and text.replace("-", "").isalnum():
                return text
            return f"EN {text}"

    locale = Locale.objects.get(language_code="en")
    translator = DemoTranslator({}, write=lambda _line: None)
    body = hostile_site["body"]
    for page in [*body.get_ancestors().filter(depth__gt=1).specific(), body]:
        translated = translator.translate(page.specific, Hostile(), locale)
    return translated
