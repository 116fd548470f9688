"""`manage.py import_document FILE --parent <id or path>`: import a .docx, .html or
.txt file as draft pages under a parent page and print what became what."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from pages.importing import MAX_BYTES, PAGE_TYPES, DocumentError, import_document


class Command(BaseCommand):
    help = (
        "Import a Word (.docx), HTML or text file as draft pages under a parent page. "
        "Nothing is published: the drafts go through the approval workflow. "
        f"Files up to {MAX_BYTES // (1024 * 1024)} MB."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The .docx, .html or .txt file.")
        parser.add_argument(
            "--parent",
            required=True,
            help="The parent page: its id, or its path (e.g. /vastra-gotaland/).",
        )
        parser.add_argument(
            "--type",
            choices=sorted(PAGE_TYPES),
            default="",
            help="What the document is; guessed from the text and the parent if "
            "left out.",
        )
        parser.add_argument("--title", default="", help="Title of the main page.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Show the report without saving anything.",
        )
        parser.add_argument(
            "--again",
            action="store_true",
            help="Import a new copy even if this file was imported here before.",
        )

    def handle(self, *args, file, parent, type, title, dry_run, again, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {file}")
        if path.stat().st_size > MAX_BYTES:
            raise CommandError(
                f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB, the largest "
                "file that can be imported."
            )
        parent_page = find_page(parent)
        try:
            report = import_document(
                path.name,
                path.read_bytes(),
                parent_page,
                page_type=type,
                dry_run=dry_run,
                again=again,
                title=title,
            )
        except DocumentError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(report.as_text())


def find_page(reference):
    """A page by id, or by the end of its URL path (the shallowest match)."""
    if reference.isdigit():
        page = Page.objects.filter(pk=int(reference)).first()
    else:
        path = "/" + "/".join(part for part in reference.split("/") if part) + "/"
        matches = Page.objects.filter(depth__gt=1, url_path__endswith=path)
        page = matches.order_by("depth").first() if path != "//" else None
    if page is None:
        raise CommandError(f"No page {reference!r}: give its id or its path.")
    return page.specific
