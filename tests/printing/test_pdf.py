"""The PDF of a whole specification (utskrift/pdf/): made from the published pages
only, and generated again only after something in the tree is published."""

import io
from unittest import mock

import pytest
from django.core.cache import cache
from pypdf import PdfReader

from pages import printing
from tests.printing.conftest import PDF_PATH

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def pdf_text(response):
    reader = PdfReader(io.BytesIO(response.content))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return " ".join(text.split()), len(reader.pages)


def download(client):
    response = client.get(PDF_PATH)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return response


def test_pdf_holds_the_whole_specification(client, tree):
    response = download(client)

    assert response["Content-Disposition"] == (
        'attachment; filename="specifikation-version-1.pdf"'
    )
    text, pages = pdf_text(response)
    assert tree["specification"].title in text
    assert "Hjälpmedel i Testlän" in text
    for heading in (
        "1 Ledningsråd (LR)",
        "1.1 Arbetsgrupp IT",
        "2 Beredningsgrupp",
        "3 Rutin för avvikelser",
    ):
        assert heading in text
    assert "50 000 kr" in text
    assert "Att hantera avvikelser lika i hela länet." in text
    assert "Senast uppdaterad" in text
    # Contents on the first page, then each body from a new page.
    assert pages >= 4


def test_two_downloads_generate_the_pdf_once(client, tree):
    with mock.patch.object(
        printing, "generate_pdf", wraps=printing.generate_pdf
    ) as generate:
        first = download(client)
        second = download(client)

    assert generate.call_count == 1
    assert first.content == second.content


def test_publishing_a_body_in_the_tree_makes_a_new_pdf(client, tree):
    download(client)
    council = tree["council"].get_latest_revision_as_object()
    council.title = "Ledningsråd för hjälpmedel"
    council.save_revision().publish()

    with mock.patch.object(
        printing, "generate_pdf", wraps=printing.generate_pdf
    ) as generate:
        text, _pages = pdf_text(download(client))

    assert generate.call_count == 1
    assert "1 Ledningsråd för hjälpmedel" in text


def test_unpublishing_a_body_makes_a_new_pdf_without_it(client, tree):
    download(client)
    tree["preparatory"].unpublish()

    text, _pages = pdf_text(download(client))
    assert "Beredningsgrupp" not in text
    assert "2 Rutin för avvikelser" in text


def test_a_draft_change_never_appears(client, tree):
    draft = tree["council"].get_latest_revision_as_object()
    draft.title = "Utkast: nytt ledningsråd"
    draft.save_revision()
    spec_draft = tree["specification"].get_latest_revision_as_object()
    spec_draft.title = "Utkast till ny specifikation"
    spec_draft.save_revision()

    with mock.patch.object(
        printing, "generate_pdf", wraps=printing.generate_pdf
    ) as generate:
        text, _pages = pdf_text(download(client))
        download(client)

    assert generate.call_count == 1
    assert "Utkast" not in text
    assert "1 Ledningsråd (LR)" in text
