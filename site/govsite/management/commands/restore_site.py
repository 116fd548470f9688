"""`manage.py restore_site FILE`: replace the database and files with a backup's."""

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from govsite.backup import BackupError, restore_site


class Command(BaseCommand):
    help = (
        "Restore a backup made by backup_site: replaces every table of the "
        "configured database and writes the uploaded files back. See "
        "docs/operations.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A backup made by backup_site.")
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation.",
        )

    def handle(self, *args, file, interactive, **options):
        name = connection.settings_dict["NAME"]
        if interactive:
            answer = input(
                f"This replaces everything in the database {name} with the backup "
                f"{file}. Type 'yes' to continue: "
            )
            if answer != "yes":
                raise CommandError("Restore cancelled.")
        try:
            restore_site(file, write=self.stdout.write)
        except BackupError as error:
            raise CommandError(str(error)) from error
