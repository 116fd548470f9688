"""The demo register: a handful of fictional representatives fill some seats."""

import pytest
from django.core.management import call_command

from pages.models import Appointment

pytestmark = pytest.mark.django_db

LEDNINGSRAD = "/vastra-gotaland/samarbete-och-styrning/ledningsrad/"


def test_demo_fills_seats_and_withholds_names_not_public(client):
    call_command("load_demo", "--no-users", verbosity=0)
    appointments = Appointment.objects.count()

    text = client.get(LEDNINGSRAD).content.decode()

    assert "Platser: 6 av 12 tillsatta" in text
    assert "Karin Sjöberg" in text
    assert "Namn ej publicerat" in text
    for withheld in ("Johan Lindgren", "Petra Wallin", "Olof Berglund"):
        assert withheld not in text
    member_page = client.get("/vastra-gotaland/representation/goteborgs-stad/")
    assert "Ledningsråd Medicintekniska produkter" in member_page.content.decode()

    call_command("load_demo", "--no-users", verbosity=0)
    assert Appointment.objects.count() == appointments
