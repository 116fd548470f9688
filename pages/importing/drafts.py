"""Creating the draft pages of an import: never published, one revision each, in one
transaction, and recorded so the same file is not imported twice by accident."""

import hashlib
import re
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from governance_blocks.base import make_anchor, with_blank_texts

from ..models import (
    BodyPage,
    ChangeType,
    GuidancePage,
    ImportedDocument,
    RoutinePage,
    SpecificationPage,
)
from . import vocabulary as words
from .blocks import Mapper
from .body_sections import body_section_kind
from .document import DocumentError, ListItem, Paragraph, Table
from .readers import read_document
from .report import PageOutcome, Report
from .structure import Body, Section, outline
from .text import plain, rich_text

PAGE_TYPES = {
    "specification": SpecificationPage,
    "body": BodyPage,
    "routine": RoutinePage,
    "guidance": GuidancePage,
}


def import_document(
    name, data, parent, page_type="", user=None, dry_run=False, again=False, title=""
):
    """Import the file `name` (its bytes `data`) as drafts under `parent`; the
    Report says what happened. Raises DocumentError, changing nothing, for a file
    that cannot be imported or a parent that cannot hold the pages."""
    document = read_document(name, data)
    parent = parent.specific
    fingerprint = hashlib.sha256(data).hexdigest()
    report = Report(source=name, dry_run=dry_run, removed=document.removed)
    if not again:
        earlier = _earlier_import(fingerprint, parent)
        if earlier is not None:
            report.existing = earlier
            report.page_type = earlier.page_type
            report.pages = [PageOutcome(p.specific, False) for p in earlier.pages.all()]
            return report
    page_type = page_type or guess_type(document, parent)
    model = PAGE_TYPES[page_type]
    if not model.can_create_at(parent):
        raise DocumentError(
            _("A %(type)s cannot be created under '%(parent)s'.")
            % {"type": model._meta.verbose_name, "parent": parent.title}
        )
    report.page_type = page_type
    with transaction.atomic():
        builder = DraftBuilder(document, parent, report, user)
        pages = builder.build(page_type, title)
        record = ImportedDocument.objects.create(
            fingerprint=fingerprint,
            file_name=PurePath(name).name[:255],
            parent=parent,
            page_type=page_type,
            source_updated=builder.outline.updated,
            source_history=[
                {"date": when.isoformat() if when else "", "text": text}
                for when, text in builder.outline.changelog
            ],
            imported_by=user,
        )
        record.pages.set(pages)
        if dry_run:
            transaction.set_rollback(True)
    return report


def _earlier_import(fingerprint, parent):
    for record in ImportedDocument.objects.filter(
        fingerprint=fingerprint, parent=parent
    ).prefetch_related("pages"):
        if record.pages.exists():
            return record
    return None


def guess_type(document, parent):
    """The page type a document becomes when the importer is not told."""
    if isinstance(parent, SpecificationPage | RoutinePage | BodyPage):
        return "body"
    start = " ".join(
        [document.title] + [e.text for e in document.elements[:5] if hasattr(e, "text")]
    ).lower()
    if "stödmaterial" in start or "vägledning" in start:
        return "guidance"
    routine_headings = {
        words.section_kind(e.text, words.ROUTINE_SECTIONS)
        for e in document.elements
        if type(e).__name__ == "Heading"
    }
    if (
        "anvisning" in start
        or "rutin" in start[:200]
        or len(
            routine_headings & {"purpose", "background", "implementation", "deviations"}
        )
        >= 2
    ):
        return "routine"
    return "specification"


class DraftBuilder:
    def __init__(self, document, parent, report, user):
        self.document = document
        self.parent = parent
        self.report = report
        self.user = user
        self.outline = None
        self.pages = []

    def build(self, page_type, title):
        self.outline = outline(self.document, find_bodies=page_type != "guidance")
        self.title = (title or self.outline.title or _title_from(self.document.name))[
            :255
        ]
        if page_type == "body":
            self._bodies(self.parent, self.outline.bodies or [self._whole_as_body()])
        else:
            page = getattr(self, f"_{page_type}")()
            self._bodies(page, self.outline.bodies)
        if self.outline.updated_text:
            self.report.add(
                self.title,
                self.outline.updated_text,
                _("the source's 'last updated' (kept with the import)"),
            )
        if self.outline.changelog_heading:
            self.report.add(
                self.title,
                self.outline.changelog_heading,
                _("the source's change log: %(count)s entries kept with the import")
                % {"count": len(self.outline.changelog)},
            )
        return self.pages

    # --- page types ------------------------------------------------------------

    def _specification(self):
        page = SpecificationPage(title=self.title)
        mapper = self._mapper(page)
        intro, content = self._intro(mapper)
        content += self._parts(mapper, self.outline.parts)
        return self._add(self.parent, page, mapper, content, intro=intro)

    def _guidance(self):
        page = GuidancePage(title=self.title)
        mapper = self._mapper(page)
        intro, content = self._intro(mapper)
        content += self._parts(mapper, self.outline.parts)
        return self._add(self.parent, page, mapper, content, intro=intro)

    def _routine(self):
        page = RoutinePage(title=self.title, kind=self._routine_kind())
        mapper = self._mapper(page)
        parts = []
        for part in self.outline.parts:
            kind = isinstance(part, Section) and words.section_kind(
                part.heading, words.ROUTINE_SECTIONS
            )
            field = {
                "purpose": "purpose",
                "scope": "scope",
                "changes": "changes_since_previous",
            }.get(kind or "")
            if field and not getattr(page, field):
                setattr(page, field, rich_text(part.content) or "<p></p>")
                mapper.mapped(
                    part.heading,
                    _("the routine's field '%(field)s'")
                    % {"field": page._meta.get_field(field).verbose_name},
                )
                self._heading_kept(page, field, part.heading, kind)
            else:
                parts.append(part)
            if kind == "follow_up" and re.search(
                r"en gång per år|årligen|varje år", plain(part.content)
            ):
                page.review_interval_months = 12
        intro, content = self._intro(mapper)
        content += self._parts(mapper, parts, routine=True)
        return self._add(self.parent, page, mapper, content, intro=intro)

    def _heading_kept(self, page, field, heading, kind):
        """The routine's purpose, scope and changes are shown under headings of their
        own; a heading that says more than the standard one is kept as text."""
        standard = {
            "purpose": "syfte",
            "scope": "gäller för",
            "changes": "ändrat sedan föregående version",
        }[kind]
        if words.normalise(heading) != standard:
            setattr(page, field, rich_text([Paragraph(heading)]) + getattr(page, field))

    def _routine_kind(self):
        text = " ".join(
            e.text for e in self.document.elements[:40] if hasattr(e, "text")
        )
        lowered = (self.document.title + " " + text).lower()
        if "tillämpningsanvisning" in lowered:
            return "tillampningsanvisning"
        if "anvisning" in lowered:
            return "anvisning"
        return "rutin"

    def _whole_as_body(self):
        sections = [p for p in self.outline.parts if isinstance(p, Section)]
        return Body(self.title, intro=self.outline.intro, sections=sections)

    # --- content ---------------------------------------------------------------

    def _intro(self, mapper):
        """The opening paragraphs as the page's introduction; lists and tables
        before the first heading as blocks."""
        elements = self.outline.intro
        end = next(
            (i for i, e in enumerate(elements) if not isinstance(e, Paragraph)),
            len(elements),
        )
        rest = elements[end:]
        return elements[:end], (mapper.section("", rest) if rest else [])

    def _parts(self, mapper, parts, routine=False):
        content, reference_at = [], None
        for part in parts:
            if not isinstance(part, Section):
                continue
            if part.groups:
                html = rich_text([ListItem(title) for title in part.groups])
                content += mapper.text_block(part.heading, [])
                content[-1] = (
                    (content[-1][0], {**content[-1][1], "body": html})
                    if (content[-1][0] == "section")
                    else content[-1]
                )
                continue
            if words.is_reference_heading(part.heading):
                reference_at = (len(content), part)
                continue
            kind = routine and words.section_kind(part.heading, words.ROUTINE_SECTIONS)
            if kind:
                content += mapper.standard_section(kind, part)
            else:
                content += mapper.section(part.heading, part.content)
        inline = _texts([*self.outline.intro, *_contents(parts)])
        if reference_at:
            position, part = reference_at
            items = [
                e.text for e in part.content if isinstance(e, ListItem | Paragraph)
            ]
            block = mapper.legal_references(part.heading, items, inline)
            rest = [e for e in part.content if isinstance(e, Table)]
            content[position:position] = block + (
                mapper.text_block("", rest) if rest else []
            )
        else:
            content += mapper.legal_references("", [], inline)
        return content

    def _bodies(self, parent, bodies):
        for body in bodies:
            page = BodyPage(
                title=body.title[:255],
                level=body.level or "officials",
                form=words.body_form(body.title),
            )
            short = re.search(r"\(([A-ZÅÄÖ]{2,8})\)\s*$", body.title)
            page.short_name = short[1] if short else ""
            mapper = self._mapper(page)
            intro, content = self._prose(mapper, page, body.intro)
            for section in body.sections:
                content += mapper.body_section(
                    body_section_kind(section.heading), section
                )
            texts = _texts([*body.intro, *_contents(body.sections)])
            content += mapper.legal_references("", [], texts)
            self._add(parent, page, mapper, content, intro=intro)

    def _prose(self, mapper, page, elements):
        """A body described in running text: its composition and decisions become
        blocks, the rest its introduction."""
        intro, content, decisions = [], [], []
        for element in elements:
            text = getattr(element, "text", "")
            convener = re.search(r"([A-ZÅÄÖ][\wåäö ]{1,40}?) är kallande part", text)
            if convener and not page.convener:
                page.convener = convener[1][:255]
                mapper.mapped(convener[0], _("the body's convener"))
            composition = None
            if isinstance(element, Paragraph) and not any(
                b[0] == "composition" for b in content
            ):
                composition = mapper.composition_prose("", [element])
            if composition:
                content += composition
            elif isinstance(element, Paragraph) and re.match(
                r"^\S+ (beslutar|fattar beslut)\b", text
            ):
                decisions.append(text)
            elif isinstance(element, Table):
                content += mapper.table("", element) or mapper.text_block("", [element])
            else:
                intro.append(element)
        if decisions:
            content += mapper.mandate("", decisions)
        return intro, content

    # --- saving ----------------------------------------------------------------

    def _mapper(self, page):
        return Mapper(
            page.title, page._meta.get_field("content").stream_block, self.report
        )

    def _add(self, parent, page, mapper, content, intro=()):
        page.slug = _unique_slug(parent, page.title)
        page.live = False
        page.has_unpublished_changes = True
        page.show_in_menus = getattr(type(page), "show_in_menus_default", False)
        page.introduction = rich_text(intro)
        page.change_type = ChangeType.SUBSTANTIVE
        page.change_summary = self._summary()
        stream_field = page._meta.get_field("content")
        page.content = _valid_stream(stream_field.stream_block, content, mapper)
        parent.add_child(instance=page)
        page.save_revision(user=self.user)
        self.pages.append(page)
        self.report.pages.append(PageOutcome(page, True))
        return page

    def _summary(self):
        with translation.override(settings.LANGUAGE_CODE):  # page content: Swedish
            return self._summary_lines()

    def _summary_lines(self):
        lines = [
            _("Imported from %(file)s; the text as it stood in the source document.")
            % {"file": PurePath(self.document.name).name}
        ]
        if self.outline.updated_text:
            lines.append(self.outline.updated_text)
        if self.outline.changelog_heading:
            lines.append(self.outline.changelog_heading)
            lines += [text for _when, text in self.outline.changelog]
        return "\n".join(lines)


def _valid_stream(stream_block, content, mapper):
    """The stream's JSON, each block checked by its own validation; a block that
    does not validate is kept as text instead."""
    result = []
    for block_type, value in content:
        child = stream_block.child_blocks[block_type]
        value = with_blank_texts(child, value)
        try:
            child.clean(child.to_python(value))
        except ValidationError:
            text = " ".join(_strings(value))
            mapper.kept(text)
            block_type, value = "paragraph", rich_text([Paragraph(text)])
        result.append({"type": block_type, "value": value})
    return stream_block.to_python(result)


def _strings(value):
    if isinstance(value, str):
        yield re.sub(r"<[^>]+>", " ", value)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _contents(parts):
    for part in parts:
        yield from getattr(part, "content", [])
        yield from getattr(part, "intro", [])
        for section in getattr(part, "sections", []):
            yield from section.content


def _texts(elements):
    return [e.text for e in elements if isinstance(e, Paragraph | ListItem)]


def _unique_slug(parent, title):
    base = make_anchor(title)[:70] or "importerad-sida"
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def _title_from(name):
    stem = PurePath(name).stem
    return re.sub(r"[_-]+", " ", stem).strip().capitalize() or _("Imported document")
