"""Bad files get a clear error and change nothing; the same file is not imported
twice by accident; a dry run saves nothing."""

import io
import zipfile

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from pages.importing import MAX_BYTES, DocumentError
from pages.models import ImportedDocument

from .conftest import run_import, seed


def refuses(parent, name, data, message):
    pages = Page.objects.count()
    with pytest.raises(DocumentError, match=message):
        run_import(parent, name, data)
    assert Page.objects.count() == pages
    assert not ImportedDocument.objects.exists()


def test_not_a_document(organisation):
    refuses(organisation, "bild.png", b"\x89PNG\r\n\x1a\n", "inte ett dokument")
    refuses(organisation, "gammal.doc", b"\xd0\xcf\x11\xe0", r"\.docx")


def test_empty_files(organisation):
    refuses(organisation, "tom.txt", b"", "tom")
    refuses(organisation, "tom.txt", b"  \n\n \n", "tom")
    refuses(organisation, "tom.html", b"<html><body></body></html>", "tom")


def test_corrupt_word_files(organisation):
    refuses(organisation, "trasig.docx", b"Inte en Word-fil", "skadad")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document")
    refuses(organisation, "trasig.docx", buffer.getvalue(), "skadad")


def test_huge_file_states_the_limit(organisation):
    refuses(organisation, "stor.txt", b"a" * (MAX_BYTES + 1), "10 MB")


def test_unknown_encoding(organisation):
    refuses(
        organisation,
        "konstig.txt",
        b"Rubrik\n\nText" + b"\x81\x8d\x9d",
        "teckenkodning",
    )
    refuses(organisation, "binar.txt", b"Rubrik\x00\x00\x01", "binärdata")


def test_swedish_cp1252_text_is_read(organisation):
    data = "Mötesformer för rådet\n\nÅrligen, med två möten.\n".encode("cp1252")
    report = run_import(organisation, "gammal.txt", data)
    assert report.created_pages[0].title == "Mötesformer för rådet"


def test_utf8_with_byte_order_mark(organisation):
    report = run_import(organisation, "bom.txt", "\ufeffÖversikt\n\nText.\n".encode())
    assert report.created_pages[0].title == "Översikt"


def test_a_body_cannot_go_directly_under_an_organisation(organisation):
    name, data = seed("003")
    with pytest.raises(DocumentError, match="kan inte skapas"):
        run_import(organisation, name, data, page_type="body")
    assert not ImportedDocument.objects.exists()


def test_importing_twice_reports_the_existing_drafts(organisation):
    name, data = seed("002")
    first = run_import(organisation, name, data)
    pages = Page.objects.count()
    second = run_import(organisation, name, data)
    assert Page.objects.count() == pages
    assert second.existing is not None
    assert {o.page.pk for o in second.pages} == {p.pk for p in first.created_pages}
    assert "redan importerad" in second.as_text()

    copy = run_import(organisation, name, data, again=True)
    assert Page.objects.count() == pages + len(first.created_pages)
    assert copy.created_pages[0].slug == first.created_pages[0].slug + "-2"


def test_dry_run_saves_nothing(organisation):
    name, data = seed("003")
    pages = Page.objects.count()
    report = run_import(organisation, name, data, dry_run=True)
    assert Page.objects.count() == pages
    assert not ImportedDocument.objects.exists()
    assert "Ledningsråd Medicintekniska produkter" in report.as_text()


def test_command_imports_and_reports(organisation, tmp_path):
    path = tmp_path / "specifikation.txt"
    path.write_bytes(seed("003")[1])
    out = io.StringIO()
    call_command(
        "import_document", str(path), "--parent", str(organisation.pk), stdout=out
    )
    output = out.getvalue()
    assert "Beredningsgrupper" in output
    assert "50 000 kr" in output
    organisation.refresh_from_db()
    assert organisation.get_children().get().live is False

    by_path = io.StringIO()
    call_command(
        "import_document",
        str(path),
        "--parent",
        "/testlan/",
        "--dry-run",
        stdout=by_path,
    )
    assert "redan importerad" in by_path.getvalue()


def test_command_refuses_a_bad_file(organisation, tmp_path):
    path = tmp_path / "tom.txt"
    path.write_bytes(b"")
    with pytest.raises(CommandError, match="tom"):
        call_command("import_document", str(path), "--parent", str(organisation.pk))
    with pytest.raises(CommandError, match="No page"):
        call_command("import_document", str(path), "--parent", "/finns-inte/")
