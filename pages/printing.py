"""A whole specification on paper: one printable page with the specification and every
body, routine and guidance page below it, in tree order and numbered (1, 1.1, 1.2 …),
and the same document as a PDF.

The views are reached through the routes on SpecificationPage:

    <specification>utskrift/        the print view (HTML, A4 print stylesheet)
    <specification>utskrift/pdf/    the PDF, <slug>-version-<n>.pdf

Both show what readers see: live pages only, none behind a view restriction below the
specification (the reader has passed the specification's own, see
GovernancePage.route). Pages in the database hold their published content, so drafts
never appear. Building either costs a fixed number of queries, however many pages the
specification holds.

The PDF is made by xhtml2pdf (pure Python, on ReportLab) from its own template, and
kept in Django's cache under a key made from the live tree: publishing, unpublishing,
moving or deleting any page in it, or restricting one, gives a new key, so the next
download is generated afresh and nothing older is served.
"""

import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path

import reportlab
from django.core.cache import cache
from django.db.models import Max
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from xhtml2pdf import pisa
from xhtml2pdf.config.resources import ResourceAccessPolicy

from .models.changelog import ChangeLogEntry
from .queries import restricted

#: Part of the cache key: raise it when the PDF's template or styles change.
PDF_LAYOUT_VERSION = 1
#: Generated PDFs are kept until the tree changes; this only bounds stale entries.
PDF_CACHE_SECONDS = 60 * 60 * 24 * 30
#: The fonts embedded in the PDF: Bitstream Vera, shipped with ReportLab (its
#: licence is bitstream-vera-license.txt beside them). Vera has å, ä, ö and the
#: typographic characters Swedish texts use.
FONT_DIR = Path(reportlab.__file__).resolve().parent / "fonts"


@dataclass(frozen=True)
class PrintSection:
    """A page below the specification as it appears in the printed document."""

    page: object
    number: str
    level: int
    version: int | None
    html: str = ""

    @property
    def heading_level(self):
        return min(self.level + 1, 6)

    @property
    def anchor(self):
        return "del-" + self.number.replace(".", "-")


# ---------- Queries ----------


def printable_pages(specification):
    """Live pages below the specification, as their specific classes, in tree order;
    without pages behind a view restriction below the specification, and without
    pages whose parent is left out (a live page under a withdrawn body)."""
    pages = (
        specification.get_descendants()
        .live()
        .filter(~restricted(deeper_than=specification.depth))
        .specific()
    )
    shown = {specification.path}
    result = []
    for page in pages:
        if page.path[: -page.steplen] in shown:
            shown.add(page.path)
            result.append(page)
    return result


def latest_versions(pages):
    """{page id: number of its latest published version} (one query)."""
    return dict(
        ChangeLogEntry.objects.filter(page_id__in=[page.pk for page in pages])
        .values("page_id")
        .annotate(latest=Max("version"))
        .values_list("page_id", "latest")
    )


def numbered_sections(specification, pages, versions):
    """PrintSections for pages (in tree order): 1, 2 … for the specification's
    children, 1.1, 1.2 … for theirs."""
    sections = []
    counters = []
    for page in pages:
        level = page.depth - specification.depth
        del counters[level:]
        counters.extend([0] * (level - len(counters)))
        counters[level - 1] += 1
        sections.append(
            PrintSection(
                page=page,
                number=".".join(str(n) for n in counters),
                level=level,
                version=versions.get(page.pk),
            )
        )
    return sections


def tree_state(specification, organisation):
    """What the printed document depends on, for the PDF's cache key: the address
    and last publication of every page it shows, and the organisation's name."""
    rows = list(
        specification.get_descendants(inclusive=True)
        .live()
        .filter(~restricted(deeper_than=specification.depth))
        .order_by("path")
        .values_list("pk", "path", "last_published_at")
    )
    return (
        PDF_LAYOUT_VERSION,
        get_language(),
        organisation.title if organisation else "",
        [(pk, path, str(published)) for pk, path, published in rows],
    )


# ---------- Rendering ----------

_ID_ATTRIBUTE = re.compile(r'\b(id|for|aria-labelledby|aria-describedby)="([^"]*)"')
_FRAGMENT_LINK = re.compile(r'\bhref="#([^"]*)"')


def prefix_ids(html, prefix):
    """The HTML with every id (and the attributes and links naming one) prefixed,
    so that the sections of many pages (each with its #mandat) share a document."""
    html = _ID_ATTRIBUTE.sub(
        lambda m: '{}="{}"'.format(
            m[1], " ".join(prefix + name for name in m[2].split())
        ),
        html,
    )
    return _FRAGMENT_LINK.sub(lambda m: f'href="#{prefix}{m[1]}"', html)


def render_sections(sections, request, for_pdf=False):
    """The sections with their HTML, rendered from pages/print/section.html."""
    linked = linked_bodies(section.page for section in sections)
    rendered = []
    for section in sections:
        page = section.page
        relations = page.relations(linked) if getattr(page, "is_body", False) else []
        html = render_to_string(
            "pages/print/section.html",
            {
                "section": section,
                "page": page,
                "relations": relations,
                # Headings of the page's blocks sit one level below its title.
                "level": min(section.heading_level + 1, 6),
                "for_pdf": for_pdf,
                "request": request,
            },
            request=request,
        )
        rendered.append(
            PrintSection(
                page=page,
                number=section.number,
                level=section.level,
                version=section.version,
                html=mark_safe(prefix_ids(html, section.anchor + "-")),  # noqa: S308 - our template's output
            )
        )
    return rendered


def linked_bodies(pages):
    """{pk: body} of the live, public bodies the given bodies are related to."""
    bodies = [page for page in pages if getattr(page, "is_body", False)]
    if not bodies:
        return {}
    body_class = type(bodies[0])
    ids = {pk for body in bodies for pk in body.related_body_ids()}
    return body_class.linked_bodies(ids)


def document_context(specification, request, for_pdf=False):
    """Everything the print templates need."""
    context = {"page": specification, "self": specification, "request": request}
    context.update(specification.navigation_context())
    pages = printable_pages(specification)
    versions = latest_versions([specification, *pages])
    sections = numbered_sections(specification, pages, versions)
    context.update(
        sections=render_sections(sections, request, for_pdf=for_pdf),
        toc=specification.table_of_contents(),
        version=versions.get(specification.pk),
        printed_at=timezone.localdate(),
        for_pdf=for_pdf,
        page_url=specification.get_full_url(request),
        pdf_url=specification.get_url(request)
        + specification.reverse_subpage("print_pdf"),
        noindex=True,
    )
    return context


def pdf_bytes(html):
    """The PDF of an HTML document; it may read the embedded fonts and nothing else
    (no network, no other files)."""
    output = io.BytesIO()
    policy = ResourceAccessPolicy.server(base_dir=FONT_DIR, allow_remote=False)
    result = pisa.CreatePDF(html, dest=output, encoding="utf-8", resource_policy=policy)
    if result.err:
        raise RuntimeError(f"The PDF could not be generated ({result.err} errors).")
    return output.getvalue()


def generate_pdf(specification, request):
    context = document_context(specification, request, for_pdf=True)
    context["font_dir"] = FONT_DIR.as_posix()
    html = render_to_string("pages/print/specification.pdf.html", context, request)
    return pdf_bytes(html)


def pdf_filename(specification, version):
    return f"{specification.slug}-version-{version or 0}.pdf"


# ---------- Views ----------


def print_view(specification, request):
    context = document_context(specification, request)
    return TemplateResponse(request, "pages/print/specification.html", context)


def pdf_view(specification, request):
    organisation = specification.navigation_context()["organisation"]
    state = tree_state(specification, organisation)
    digest = hashlib.sha256(repr(state).encode()).hexdigest()
    key = f"pages:print-pdf:{specification.pk}:{digest}"
    cached = cache.get(key)
    if cached is None:
        cached = {
            "pdf": generate_pdf(specification, request),
            "version": latest_versions([specification]).get(specification.pk),
        }
        cache.set(key, cached, PDF_CACHE_SECONDS)
    response = HttpResponse(cached["pdf"], content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=pdf_filename(specification, cached["version"])
    )
    return response
