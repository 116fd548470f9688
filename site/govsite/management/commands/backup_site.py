"""`manage.py backup_site FILE`: the database and the uploaded files in one file."""

from django.core.management.base import BaseCommand, CommandError

from govsite.backup import BackupError, backup_site


class Command(BaseCommand):
    help = (
        "Back up the whole site (database and uploaded files) into one tar file; "
        "restore it with restore_site. See docs/operations.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Where to write the backup (.tar.gz).")

    def handle(self, *args, file, **options):
        try:
            backup_site(file, write=self.stdout.write)
        except BackupError as error:
            raise CommandError(str(error)) from error
