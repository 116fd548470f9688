"""`manage.py send_review_reminders`: e-mail each organisation's editors the routines
that are overdue for review or due soon. Meant for cron (e.g. every weekday morning):
a second run on the same day sends nothing already sent that day."""

import argparse
import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from pages.reminders import DEFAULT_DAYS, send_review_reminders
from pages.roles import organisation_label


def iso_date(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        message = f"expected YYYY-MM-DD, got {value!r}"
        raise argparse.ArgumentTypeError(message) from error


def counted(number, noun):
    """'1 routine', '2 routines' (operator output, in English like other commands)."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


class Command(BaseCommand):
    help = (
        "E-mail the editors of each organisation a list of its live routines that are "
        "overdue for review or due within the look-ahead. Records what was sent, so "
        "running it again on the same day sends nothing twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--date",
            type=iso_date,
            help="Act as if today were this date (YYYY-MM-DD), e.g. to catch up.",
        )
        parser.add_argument(
            "--days",
            type=int,
            default=DEFAULT_DAYS,
            help=f"Look-ahead in days for routines due soon (default {DEFAULT_DAYS}).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Print what would be sent; send and record nothing.",
        )

    def handle(self, *args, date=None, days=DEFAULT_DAYS, dry_run=False, **options):
        if days < 0:
            raise CommandError("--days must be zero or more.")
        today = date or timezone.localdate()
        verb = "would be emailed" if dry_run else "emailed"
        reports = send_review_reminders(today, days=days, dry_run=dry_run)
        for report in reports:
            self.stdout.write(
                f"{organisation_label(report.organisation)}: "
                f"{counted(len(report.routines), 'routine')}, "
                f"{counted(len(report.emailed), 'editor')} {verb}" + self._notes(report)
            )
            if dry_run or options["verbosity"] > 1:
                for editor, due in report.emailed:
                    titles = "; ".join(
                        f"{item.routine.title} ({item.routine.next_review:%Y-%m-%d})"
                        for item in due
                    )
                    self.stdout.write(f"  {editor.email}: {titles}")
            for editor in report.failed:
                self.stderr.write(f"  could not email {editor.email}; will retry")
        emails = sum(len(report.emailed) for report in reports)
        routines = sum(len(report.routines) for report in reports)
        outcome = (
            "would be sent (dry run: none sent or recorded)" if dry_run else "sent"
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"{today:%Y-%m-%d}: {counted(routines, 'routine')} to review, "
                f"{counted(emails, 'email')} {outcome}."
            )
        )

    @staticmethod
    def _notes(report):
        notes = []
        if report.already_reminded:
            notes.append(f"{len(report.already_reminded)} already reminded today")
        if report.failed:
            notes.append(f"{len(report.failed)} failed")
        if not report.editors:
            notes.append("no active editors with an email address")
        return f" ({', '.join(notes)})" if notes else ""
