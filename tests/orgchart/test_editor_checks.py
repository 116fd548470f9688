"""Derived facts on the body page, and the stated-total warning only editors see."""

import pytest
from django.test import RequestFactory

from pages.models import BodyPage
from tests.factories import BodyPageFactory

from .conftest import soup

MISMATCH = "rader summeras till 10"

COMPOSITION = {
    "intro": "Totalt ska det vara 12 deltagare varav 1 ordförande, 1 vice "
    "ordförande samt 10 ledamöter.",
    "rows": [
        {"party": "VGK", "group": "Kommunerna", "members": 5},
        {"party": "VGR", "group": "Regionen", "members": 5},
    ],
}
WORKING_FORMS = {
    "quorum": "Beslut kan fattas när minst hälften av de utsedda representanterna "
    "från VGR respektive VGK närvarar."
}


@pytest.fixture
def council(specification):
    return BodyPageFactory(
        parent=specification,
        title="Ledningsråd",
        slug="ledningsrad",
        content=[("composition", COMPOSITION), ("working_forms", WORKING_FORMS)],
    )


def facts(page):
    return {
        div.dt.get_text(strip=True): div.dd.get_text(" ", strip=True)
        for div in page.select(".about-body dl > div")
    }


def test_readers_see_seats_and_quorum_but_not_the_warning(client, council):
    response = client.get(council.url)
    page = soup(response)
    about = facts(page)
    assert about["Platser"] == "10 (VGK 5, VGR 5)"
    assert about["Beslutsförhet"] == (
        "Minst 3 av de 5 från VGK och minst 3 av de 5 från VGR"
    )
    assert MISMATCH not in response.content.decode()


def test_editors_see_the_warning_in_the_page_editor(admin_client, council):
    # A Swedish editor's browser: the admin is Swedish.
    response = admin_client.get(
        f"/admin/pages/{council.pk}/edit/", headers={"accept-language": "sv"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert MISMATCH in html
    assert "Minst 3 av de 5 från VGK" in html


def test_editors_see_the_warning_in_the_preview(admin_user, council):
    request = RequestFactory().get(council.url)
    request.user = admin_user
    saved = BodyPage.objects.get(pk=council.pk)
    response = saved.make_preview_request(original_request=request)
    assert MISMATCH in response.content.decode()


def test_no_warning_when_the_rows_add_up(admin_client, client, specification):
    rows = [dict(row, members=6) for row in COMPOSITION["rows"]]
    body = BodyPageFactory(
        parent=specification,
        slug="stammer",
        content=[("composition", dict(COMPOSITION, rows=rows))],
    )
    assert facts(soup(client.get(body.url)))["Platser"] == "12 (VGK 6, VGR 6)"
    assert (
        MISMATCH.replace("10", "12")
        not in admin_client.get(f"/admin/pages/{body.pk}/edit/").content.decode()
    )
    assert (
        "summeras till"
        not in admin_client.get(f"/admin/pages/{body.pk}/edit/").content.decode()
    )
