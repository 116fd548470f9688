"""The print view and PDF in English (/en/): the English tree, English labels."""

import io

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from tests.factories import BodyPageFactory
from tests.i18n.conftest import (
    texts_of_home,
    texts_of_organisation,
    texts_of_specification,
    translate,
)

pytestmark = pytest.mark.django_db

ENGLISH_PRINT_PATH = "/en/testlan/specification/utskrift/"


@pytest.fixture
def english_specification(home, organisation, specification):
    """English home, organisation, specification and one of its two bodies."""
    council = BodyPageFactory(
        parent=specification, title="Ledningsråd", slug="ledningsrad"
    )
    BodyPageFactory(parent=specification, title="Beredningsgrupp")
    translate(home, texts_of_home(home))
    translate(organisation, texts_of_organisation(organisation))
    english = translate(specification, texts_of_specification(specification))
    translate(
        council,
        {"Ledningsråd": "Management council", "ledningsrad": "management-council"},
    )
    return english


def test_english_print_view_shows_the_english_tree(client, english_specification):
    response = client.get(ENGLISH_PRINT_PATH)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")

    assert soup.html["lang"] == "en"
    assert soup.find("h1").get_text() == "Specification for collaboration"
    toc = [" ".join(a.get_text(" ").split()) for a in soup.select(".print-toc a")]
    assert toc == ["1 Management council"]
    facts = soup.select_one(".print-facts").get_text(" ")
    assert "Last updated" in facts and "Printed" in facts
    assert "Ledningsråd" not in soup.get_text()


def test_english_pdf(client, english_specification):
    response = client.get(ENGLISH_PRINT_PATH + "pdf/")
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        'attachment; filename="specification-version-1.pdf"'
    )
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "Specification for collaboration" in text
    assert "1 Management council" in text
    assert "Page 1 of" in text
    assert "Beredningsgrupp" not in text
