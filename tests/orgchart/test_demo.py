"""The demo organisations' charts and mandate tables, in Swedish and English.

The demo is built once for the module inside a transaction rolled back at the end."""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction

from pages.models import BodyPage, OrganisationPage

from .conftest import soup
from .test_org_chart import boxes, list_parents

VG = "/vastra-gotaland/"
VG_EN = "/en/vastra-gotaland/"


@pytest.fixture(scope="module")
def demo_built(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", "--no-users", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)
    cache.clear()  # Wagtail caches the site's root paths


@pytest.fixture
def demo(demo_built, db):
    return None


def body(title):
    return BodyPage.objects.get(title=title, locale__language_code="sv")


def test_every_demo_organisation_has_a_chart_and_a_mandate_table(client, demo):
    organisations = OrganisationPage.objects.live().filter(locale__language_code="sv")
    assert organisations.count() == 3
    for organisation in organisations:
        chart = soup(client.get(organisation.url + "organisationsschema/"))
        bodies = BodyPage.objects.live().descendant_of(organisation)
        assert set(boxes(chart)) == set(bodies.values_list("pk", flat=True))
        assert set(list_parents(chart)) == set(boxes(chart))
        items = [
            item
            for page in bodies
            for child in page.content
            if child.block_type == "mandate"
            for item in child.value["items"]
        ]
        table = soup(client.get(organisation.url + "vem-beslutar/"))
        assert len(table.select("table.mandate-table tbody tr td a")) == len(items)


def test_vastra_gotaland_chart(client, demo):
    chart = soup(client.get(VG + "organisationsschema/"))
    rows = {pk: row for pk, (row, _href, _name) in boxes(chart).items()}
    political, council = (
        body("Politisk beredningsgrupp"),
        body("Ledningsråd Medicintekniska produkter"),
    )
    it_group = body("Beredningsgrupp IT-stöd")
    assert rows[political.pk] < rows[council.pk] < rows[it_group.pk]
    assert list_parents(chart)[it_group.pk] == council.pk
    # No row wider than four boxes: the drawing fits the text column and a page.
    svg = chart.select_one("svg.org-chart__drawing")
    assert int(svg["width"]) <= 736


def test_vastra_gotaland_who_decides_what(client, demo):
    page = soup(client.get(VG + "vem-beslutar/", {"topic": "IT-stöd"}))
    (row,) = page.select("table.mandate-table tbody tr")
    cells = [cell.get_text(" ", strip=True) for cell in row.select("td")]
    # The preparatory groups' shared mandate: "IT-stöd upp till 50 000 kr".
    assert cells[0] == "Beredningsgrupper"
    assert "IT-stöd" in cells[1]
    assert cells[3] == "50\xa0000 kr"
    assert row.a["href"] == body("Beredningsgrupper").url + "#mandat"


def test_leadership_council_seats_and_quorum(client, demo):
    page = soup(client.get(body("Ledningsråd Medicintekniska produkter").url))
    about = {
        div.dt.get_text(strip=True): div.dd.get_text(" ", strip=True)
        for div in page.select(".about-body dl > div")
    }
    # "12 deltagare", 6 from each party; "minst hälften … VGR respektive VGK".
    assert about["Platser"] == "12 (VGK 6, VGR 6)"
    assert about["Beslutsförhet"] == (
        "Minst 3 av de 6 från VGK och minst 3 av de 6 från VGR"
    )


def test_english_chart_shows_the_english_bodies(client, demo):
    chart = soup(client.get(VG_EN + "organisationsschema/"))
    names = {name for _row, _href, name in boxes(chart).values()}
    assert names == {
        "Leadership Council for Medical Devices",
        "Assistive Devices Forum",
    }
    for _row, href, _name in boxes(chart).values():
        assert href.startswith(VG_EN)
    assert chart.html["lang"] == "en"
    assert chart.h1.get_text() == "Organisation chart"
    mandates = soup(client.get(VG_EN + "vem-beslutar/"))
    assert mandates.h1.get_text() == "Who decides what"
