"""Review reminders: the dashboard panel and `manage.py send_review_reminders`."""

import datetime
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone
from wagtail.users.models import UserProfile

from pages.models import ReviewReminder
from pages.reminders import routines_to_review_for
from pages.roles import EDITORS, ensure_organisation_roles
from tests.factories import OrganisationPageFactory, RoutinePageFactory

TODAY = datetime.date(2026, 3, 2)


def days(n):
    return TODAY + datetime.timedelta(days=n)


def send(*args):
    out = StringIO()
    call_command(
        "send_review_reminders", "--date", TODAY.isoformat(), *args, stdout=out
    )
    return out.getvalue()


def make_editor(organisation, username, email=None, **fields):
    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@example.org" if email is None else email,
        first_name=username.capitalize(),
        **fields,
    )
    user.groups.add(ensure_organisation_roles(organisation)[EDITORS])
    return user


@pytest.fixture
def halland(home):
    return OrganisationPageFactory(
        parent=home, title="Hjälpmedel i Halland", short_name="Halland", slug="halland"
    )


@pytest.fixture
def jonkoping(home):
    return OrganisationPageFactory(
        parent=home,
        title="Hjälpmedel i Jönköping",
        short_name="Jönköping",
        slug="jonkoping",
    )


@pytest.fixture
def routines(halland, jonkoping):
    """Halland: one overdue, one due soon, one far off, one unpublished overdue and
    one without a date; Jönköping: one overdue."""
    return {
        "overdue": RoutinePageFactory(
            parent=halland, title="Förskrivningsrätt", next_review=days(-10)
        ),
        "soon": RoutinePageFactory(
            parent=halland, title="Återlämning", next_review=days(12)
        ),
        "far": RoutinePageFactory(
            parent=halland, title="Reparationer", next_review=days(200)
        ),
        "draft": RoutinePageFactory(
            parent=halland,
            title="Utkast till rutin",
            next_review=days(-5),
            live=False,
            publish=False,
        ),
        "undated": RoutinePageFactory(parent=halland, title="Odaterad"),
        "other": RoutinePageFactory(
            parent=jonkoping, title="Jönköpings rutin", next_review=days(-3)
        ),
    }


@pytest.fixture
def editors(halland, jonkoping):
    return {
        "halland": make_editor(halland, "anna"),
        "halland_2": make_editor(halland, "bertil"),
        "jonkoping": make_editor(jonkoping, "cecilia"),
    }


def emails_to(user):
    return [message for message in mail.outbox if message.to == [user.email]]


# Which routines are listed


def test_overdue_first_then_due_soon_with_days_left(editors, routines):
    due = routines_to_review_for(editors["halland"], today=TODAY)
    assert [(item.routine.title, item.days) for item in due] == [
        ("Förskrivningsrätt", -10),
        ("Återlämning", 12),
    ]
    assert [item.organisation_label for item in due] == ["Halland", "Halland"]
    assert [item.status() for item in due] == [
        "försenad med 10 dagar",
        "ska ses över om 12 dagar",
    ]


def test_a_superuser_sees_every_organisation(routines):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org")
    titles = [item.routine.title for item in routines_to_review_for(admin, TODAY)]
    assert titles == ["Förskrivningsrätt", "Jönköpings rutin", "Återlämning"]


def test_a_user_without_page_permissions_sees_nothing(routines):
    user = get_user_model().objects.create_user("reader")
    assert routines_to_review_for(user, TODAY) == []


# E-mails


def test_each_organisations_editors_get_only_its_routines(editors, routines):
    output = send()

    assert "Halland: 2 routines, 2 editors emailed" in output
    assert "Jönköping: 1 routine, 1 editor emailed" in output
    assert len(mail.outbox) == 3
    [message] = emails_to(editors["halland"])
    assert message.subject == "Rutiner att se över: Hjälpmedel i Halland"
    assert "Förskrivningsrätt" in message.body
    assert "Återlämning" in message.body
    for absent in ("Reparationer", "Utkast till rutin", "Odaterad", "Jönköpings"):
        assert absent not in message.body
    [other] = emails_to(editors["jonkoping"])
    assert "Jönköpings rutin" in other.body
    assert "Förskrivningsrätt" not in other.body


@override_settings(WAGTAILADMIN_BASE_URL="https://hjalpmedel.example.org/")
def test_the_email_has_absolute_edit_links_and_an_html_part(editors, routines):
    send()
    [message] = emails_to(editors["halland"])
    edit_url = (
        f"https://hjalpmedel.example.org/admin/pages/{routines['overdue'].pk}/edit/"
    )
    assert edit_url in message.body
    assert "försenad med 10 dagar" in message.body
    assert "om 12 dagar" in message.body
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    assert f'<a href="{edit_url}">Förskrivningsrätt</a>' in html


def test_the_email_is_in_the_recipients_preferred_language(editors, routines):
    profile = UserProfile.get_for_user(editors["halland"])
    profile.preferred_language = "en"
    profile.save()

    send()

    [english] = emails_to(editors["halland"])
    assert english.subject == "Routines to review: Hjälpmedel i Halland"
    assert "overdue by 10 days" in english.body
    [swedish] = emails_to(editors["halland_2"])
    assert swedish.subject.startswith("Rutiner att se över")


def test_inactive_editors_and_editors_without_address_get_nothing(halland, routines):
    make_editor(halland, "inaktiv", is_active=False)
    make_editor(halland, "utan-adress", email="")
    output = send()
    assert "Halland: 2 routines, 0 editors emailed" in output
    assert "no active editors with an email address" in output
    assert mail.outbox == []


def test_a_second_run_the_same_day_sends_nothing(editors, routines):
    send()
    assert len(mail.outbox) == 3
    assert ReviewReminder.objects.filter(sent_on=TODAY).count() == 5

    output = send()

    assert len(mail.outbox) == 3
    assert "Halland: 2 routines, 0 editors emailed (2 already reminded today)" in output
    assert ReviewReminder.objects.count() == 5


def test_a_newly_due_routine_is_sent_the_same_day_alone(editors, routines, halland):
    send()
    mail.outbox.clear()
    RoutinePageFactory(parent=halland, title="Ny rutin", next_review=days(-1))

    send()

    assert len(mail.outbox) == 2
    assert "Ny rutin" in mail.outbox[0].body
    assert "Förskrivningsrätt" not in mail.outbox[0].body


def test_the_next_day_reminds_again(editors, routines):
    send()
    out = StringIO()
    next_day = days(1).isoformat()
    call_command("send_review_reminders", "--date", next_day, stdout=out)
    assert len(mail.outbox) == 6


def test_dry_run_sends_and_records_nothing(editors, routines):
    output = send("--dry-run")

    assert mail.outbox == []
    assert not ReviewReminder.objects.exists()
    assert "Halland: 2 routines, 2 editors would be emailed" in output
    assert "anna@example.org: Förskrivningsrätt (2026-02-20); Återlämning" in output


def test_days_sets_the_look_ahead(editors, routines):
    send("--days", "5")
    [message] = emails_to(editors["halland"])
    assert "Förskrivningsrätt" in message.body
    assert "Återlämning" not in message.body


def test_an_invalid_date_is_refused(db):
    with pytest.raises(Exception, match="YYYY-MM-DD"):
        call_command("send_review_reminders", "--date", "2 mars")


# The dashboard panel


def test_the_dashboard_lists_overdue_routines_to_their_editors(
    client, editors, routines
):
    routine = routines["overdue"]
    routine.next_review = timezone.localdate() - datetime.timedelta(days=4)
    routine.save()
    client.force_login(editors["halland"])

    response = client.get("/admin/", headers={"accept-language": "sv-SE,sv"})

    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="routines-to-review' in html
    assert f'href="/admin/pages/{routine.pk}/edit/"' in html
    assert "Förskrivningsrätt" in html
    assert "försenad med 4 dagar" in html
    assert "Jönköpings rutin" not in html


def test_the_dashboard_shows_no_panel_to_another_organisations_editor(
    client, editors, routines
):
    routines["overdue"].next_review = timezone.localdate() - datetime.timedelta(days=4)
    routines["overdue"].save()
    client.force_login(editors["jonkoping"])

    html = client.get("/admin/").content.decode()

    assert "Förskrivningsrätt" not in html


def dashboard_queries(client, user):
    client.force_login(user)
    client.get("/admin/")  # warm caches (content types, site, profile)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/admin/")
    assert response.status_code == 200
    return len(queries), response.content.decode().count("/edit/")


@override_settings(WAGTAIL_ENABLE_UPDATE_CHECK=False)
def test_the_panel_costs_the_same_queries_for_3_and_30_routines(client, halland):
    editor = make_editor(halland, "anna")
    overdue = timezone.localdate() - datetime.timedelta(days=1)
    for n in range(3):
        RoutinePageFactory(parent=halland, title=f"Rutin {n}", next_review=overdue)
    few, listed_few = dashboard_queries(client, editor)

    for n in range(3, 30):
        RoutinePageFactory(parent=halland, title=f"Rutin {n}", next_review=overdue)
    many, listed_many = dashboard_queries(client, editor)

    assert (listed_few, listed_many) == (3, 30)
    assert few == many
