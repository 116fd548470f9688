"""The print view of a whole specification (utskrift/): every live, public page below
it in tree order, numbered, each with 'last updated' and its version."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.factories import BodyPageFactory
from tests.printing.conftest import MANDATE, PRINT_PATH

pytestmark = pytest.mark.django_db


def soup_of(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


def text(element):
    return " ".join(element.get_text(" ").split())


def toc_entries(soup):
    return [text(a) for a in soup.select(".print-toc a")]


def section_headings(soup):
    return [text(s.find(["h2", "h3", "h4"])) for s in soup.select(".print-section")]


def publish_change(page, **fields):
    draft = page.get_latest_revision_as_object()
    for name, value in fields.items():
        setattr(draft, name, value)
    draft.save_revision().publish()


def test_every_body_and_routine_in_tree_order_with_section_numbers(client, tree):
    soup = soup_of(client, PRINT_PATH)

    assert toc_entries(soup) == [
        "1 Ledningsråd",
        "1.1 Arbetsgrupp IT",
        "2 Beredningsgrupp",
        "3 Rutin för avvikelser",
    ]
    assert section_headings(soup) == [
        "1 Ledningsråd (LR)",
        "1.1 Arbetsgrupp IT",
        "2 Beredningsgrupp",
        "3 Rutin för avvikelser",
    ]
    # The contents link to the sections, a sub-body's heading is a level below.
    sections = soup.select(".print-section")
    assert [a["href"] for a in soup.select(".print-toc a")] == [
        f"#{s['id']}" for s in sections
    ]
    assert sections[1].find("h3") and not sections[1].find("h2")
    # Body and routine content as on their own pages.
    assert "50 000 kr" in text(sections[0])
    assert "Att hantera avvikelser lika i hela länet." in text(sections[3])
    assert "Rapporterar till Ledningsråd" in text(sections[2])


def test_document_has_organisation_dates_versions_and_no_navigation(client, tree):
    publish_change(tree["preparatory"], title="Beredningsgrupp")  # version 2
    soup = soup_of(client, PRINT_PATH)
    document = soup.select_one(".print-document")

    assert text(document.select_one(".print-document__organisation")) == (
        "Hjälpmedel i Testlän"
    )
    assert document.find("h1").get_text() == tree["specification"].title
    facts = text(document.select_one(".print-facts"))
    today = timezone.localdate()
    assert "Senast uppdaterad" in facts and "Version 1" in facts
    assert f"Utskriven {today.day} " in facts
    sections = document.select(".print-section")
    assert "Version 1" in text(sections[0].select_one(".last-updated"))
    assert "Version 2" in text(sections[2].select_one(".last-updated"))
    assert sections[2].select_one(".last-updated time[datetime]")
    # No breadcrumbs, no change log; a link back and the PDF.
    assert not soup.select(".breadcrumbs, #andringslogg")
    assert soup.select_one(".print-actions a[href$='utskrift/pdf/']")


def test_ids_stay_unique_when_many_pages_have_the_same_sections(client, tree):
    tree["preparatory"].content = [MANDATE]
    tree["preparatory"].save_revision().publish()
    soup = soup_of(client, PRINT_PATH)

    ids = [element["id"] for element in soup.select("[id]")]
    assert len(ids) == len(set(ids))
    council_mandate = soup.select_one("#del-1 h3[id$='mandat']")
    assert council_mandate["id"] == "del-1-mandat"
    assert soup.select_one("#del-2-mandat")
    # Self-links follow their heading's new id.
    assert soup.select_one("#del-1 a.self-link[href='#del-1-mandat']")


def test_drafts_unpublished_and_private_pages_are_left_out(client, tree):
    draft_change = tree["preparatory"].get_latest_revision_as_object()
    draft_change.title = "Utkast till nytt namn"
    draft_change.save_revision()
    tree["routine"].unpublish()
    private = BodyPageFactory(parent=tree["specification"], title="Intern grupp")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    BodyPageFactory(parent=private, title="Undergrupp till intern grupp")
    # Unpublishing a body unpublishes the pages below it.
    tree["council"].unpublish()
    tree["working_group"].refresh_from_db()
    assert not tree["working_group"].live

    soup = soup_of(client, PRINT_PATH)
    assert toc_entries(soup) == ["1 Beredningsgrupp"]
    body = soup.get_text()
    for hidden in ("Utkast", "Rutin för", "Intern grupp", "Arbetsgrupp IT"):
        assert hidden not in body, hidden


def test_print_view_of_a_private_or_withdrawn_specification_is_not_found(client, tree):
    PageViewRestriction.objects.create(
        page=tree["specification"], restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(PRINT_PATH).status_code == 404
    PageViewRestriction.objects.all().delete()
    tree["specification"].unpublish()
    assert client.get(PRINT_PATH).status_code == 404


def test_specification_page_links_to_its_print_view_and_pdf(client, tree):
    soup = soup_of(client, "/testlan/specifikation/")
    links = [a["href"] for a in soup.select(".print-actions a")]
    assert links == [PRINT_PATH, PRINT_PATH + "pdf/"]


def count_queries(client, path):
    client.get(path)
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code == 200
    return len(context.captured_queries)


def test_queries_do_not_grow_with_the_number_of_bodies(client, specification):
    def add_bodies(start, stop):
        previous = None
        for number in range(start, stop):
            body = BodyPageFactory(
                parent=specification,
                slug=f"organ-{number}",
                content=[MANDATE],
                reports_to=previous,
            )
            BodyPageFactory(parent=body, slug="undergrupp", reports_to=body)
            previous = body

    add_bodies(0, 3)
    small = count_queries(client, PRINT_PATH)
    add_bodies(3, 30)
    large = count_queries(client, PRINT_PATH)

    assert large == small
    assert large <= 25
