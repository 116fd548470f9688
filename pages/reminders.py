"""Review reminders: live routines whose next review is past or near.

The same rule feeds the dashboard panel (routines the user may edit) and the e-mails
to each organisation's editors (`manage.py send_review_reminders`). A routine is
listed when its next review is before today (overdue) or within the look-ahead
(30 days unless told otherwise); overdue routines come first. Only routines in the
site's main language count: translations follow their source.
"""

import datetime
import smtplib
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import OrganisationPage, ReviewReminder, RoutinePage
from .roles import EDITORS, group_name, organisation_label

#: How many days ahead a routine counts as due soon.
DEFAULT_DAYS = 30


@dataclass(frozen=True)
class DueRoutine:
    """A routine to review, with its organisation and the days left (negative when
    overdue)."""

    routine: RoutinePage
    organisation: OrganisationPage | None
    days: int

    @property
    def overdue(self):
        return self.days < 0

    @property
    def organisation_label(self):
        return organisation_label(self.organisation) if self.organisation else ""

    @property
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.routine.pk])

    def status(self):
        """'overdue by N days', 'due today' or 'due in N days', in the active
        language."""
        if self.days < 0:
            return ngettext(
                "overdue by %(days)s day", "overdue by %(days)s days", -self.days
            ) % {"days": -self.days}
        if self.days == 0:
            return gettext("due today")
        return ngettext("due in %(days)s day", "due in %(days)s days", self.days) % {
            "days": self.days
        }


def routines_to_review(routines, today, days=DEFAULT_DAYS):
    """The live routines among `routines` (a RoutinePage queryset) that are overdue on
    `today` or due within `days`, overdue first, each with its organisation.

    Two queries, however many routines."""
    main_language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    due = list(
        routines.live()
        .filter(
            locale__language_code=main_language,
            next_review__lte=today + datetime.timedelta(days=days),
        )
        .order_by("next_review", "title", "pk")
    )
    organisations = organisations_of(due)
    return [
        DueRoutine(
            routine, organisations.get(routine.pk), (routine.next_review - today).days
        )
        for routine in due
    ]


def organisations_of(pages):
    """{page pk: the page's nearest organisation ancestor}, in one query."""
    step = Page.steplen
    ancestor_paths = {
        page.path[:end] for page in pages for end in range(step, len(page.path), step)
    }
    if not ancestor_paths:
        return {}
    by_path = {
        organisation.path: organisation
        for organisation in OrganisationPage.objects.filter(path__in=ancestor_paths)
    }
    found = {}
    for page in pages:
        for end in range(len(page.path) - step, 0, -step):
            if organisation := by_path.get(page.path[:end]):
                found[page.pk] = organisation
                break
    return found


def editable_routines(user):
    """Routines the user may edit (all of them for a superuser)."""
    policy = PagePermissionPolicy(RoutinePage)
    return policy.instances_user_has_any_permission_for(user, {"change"})


def routines_to_review_for(user, today=None, days=DEFAULT_DAYS):
    """What the dashboard panel lists for `user`."""
    today = today or timezone.localdate()
    return routines_to_review(editable_routines(user), today, days)


# E-mail reminders

EMAILED, ALREADY_REMINDED, FAILED = "emailed", "already reminded", "failed"


@dataclass
class OrganisationReminders:
    """What `send_review_reminders` did (or would do) for one organisation."""

    organisation: OrganisationPage
    routines: list[DueRoutine]
    editors: list = field(default_factory=list)
    emailed: list = field(default_factory=list)
    already_reminded: list = field(default_factory=list)
    failed: list = field(default_factory=list)


def organisation_editors(organisation):
    """Active members of the organisation's editors group who have an address."""
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name=group_name(organisation, EDITORS))
        .exclude(email="")
        .select_related("wagtail_userprofile")
        .order_by("pk")
        .distinct()
    )


def recipient_language(user):
    """The user's preferred admin language if set, otherwise the site's (Swedish)."""
    profile = getattr(user, "wagtail_userprofile", None)
    preferred = profile.preferred_language if profile else ""
    if preferred in dict(settings.LANGUAGES):
        return preferred
    return settings.LANGUAGE_CODE


def reminder_message(user, organisation, due, days=DEFAULT_DAYS, connection=None):
    """The reminder e-mail (plain text and HTML) in the recipient's language."""
    context = {
        "user": user,
        "organisation": organisation,
        "overdue": [item for item in due if item.overdue],
        "due_soon": [item for item in due if not item.overdue],
        "days": days,
        "base_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
    }
    with translation.override(recipient_language(user)):
        subject = gettext("Routines to review: %(organisation)s") % {
            "organisation": organisation.title
        }
        text = render_to_string("pages/emails/review_reminder.txt", context)
        html = render_to_string("pages/emails/review_reminder.html", context)
    message = EmailMultiAlternatives(
        subject,
        text,
        settings.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL,
        [user.email],
        connection=connection,
    )
    message.attach_alternative(html, "text/html")
    return message


def send_review_reminders(today, days=DEFAULT_DAYS, dry_run=False):
    """E-mail each organisation's editors its overdue and soon-due routines; return
    an OrganisationReminders per organisation with routines to review.

    An editor hears about a routine at most once a day: each sent reminder is
    recorded (ReviewReminder) in the transaction that sends it, so a second run on
    the same day sends only what the first did not. A dry run sends and records
    nothing."""
    due = routines_to_review(RoutinePage.objects.all(), today, days)
    by_organisation = {}
    for item in due:
        if item.organisation is not None:
            by_organisation.setdefault(item.organisation, []).append(item)
    connection = None if dry_run else get_connection()
    reports = []
    for organisation, items in by_organisation.items():
        report = OrganisationReminders(
            organisation, items, editors=list(organisation_editors(organisation))
        )
        sent_today = set(
            ReviewReminder.objects.filter(
                sent_on=today,
                routine__in=[item.routine.pk for item in items],
                user__in=report.editors,
            ).values_list("user_id", "routine_id")
        )
        for editor in report.editors:
            unsent = [
                item for item in items if (editor.pk, item.routine.pk) not in sent_today
            ]
            if not unsent:
                outcome = ALREADY_REMINDED
            elif dry_run:
                outcome = EMAILED
            else:
                outcome = _send(editor, organisation, unsent, today, days, connection)
            if outcome == EMAILED:
                report.emailed.append((editor, unsent))
            elif outcome == ALREADY_REMINDED:
                report.already_reminded.append(editor)
            else:
                report.failed.append(editor)
        reports.append(report)
    return reports


def _send(editor, organisation, due, today, days, connection):
    """Record and send one editor's reminder in one transaction; return EMAILED,
    ALREADY_REMINDED or FAILED."""
    try:
        with transaction.atomic():
            ReviewReminder.objects.bulk_create(
                ReviewReminder(routine=item.routine, user=editor, sent_on=today)
                for item in due
            )
            reminder_message(editor, organisation, due, days, connection).send()
    except IntegrityError:
        return ALREADY_REMINDED  # by a run at the same moment
    except (smtplib.SMTPException, OSError):
        return FAILED  # nothing recorded: the next run tries again
    return EMAILED
