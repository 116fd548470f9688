"""What an import did: which passage became which block, what it could not map (kept
as text), what it removed, and the pages it created or found."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _


def snippet(text, length=70):
    text = " ".join(str(text).split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


@dataclass
class PageOutcome:
    page: object
    created: bool

    @property
    def type_label(self):
        return self.page.specific_class._meta.verbose_name


@dataclass
class Report:
    source: str
    page_type: str = ""
    dry_run: bool = False
    #: [(page title, source passage, what it became)]
    mapped: list = field(default_factory=list)
    #: [(page title, passage)]: kept as rich text because no block fits.
    unmapped: list = field(default_factory=list)
    removed: list = field(default_factory=list)
    #: Column headings of recognised tables, shown by the block's own headings.
    replaced: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    pages: list = field(default_factory=list)
    #: The earlier import this file matched (not imported again).
    existing: object = None

    def add(self, page_title, source, target):
        self.mapped.append((page_title, snippet(source), str(target)))

    def keep(self, page_title, source):
        if str(source).strip():
            self.unmapped.append((page_title, snippet(source)))

    def note(self, text):
        self.notes.append(str(text))

    @property
    def created_pages(self):
        return [outcome.page for outcome in self.pages if outcome.created]

    def as_text(self):
        """The report as plain lines, for the management command."""
        lines = [_("Import of %(source)s") % {"source": self.source}]
        if self.dry_run:
            lines.append(_("Dry run: nothing was saved."))
        if self.existing is not None:
            lines.append(
                _(
                    "This file was already imported here on %(date)s; its drafts are "
                    "listed below. Use --again to import a new copy."
                )
                % {"date": self.existing.created_at.date().isoformat()}
            )
        for outcome in self.pages:
            state = _("created (draft)") if outcome.created else _("already imported")
            lines.append(
                f"  {outcome.page.title} [{outcome.type_label}]"
                f" id={outcome.page.pk or '-'}: {state}"
            )
        if self.mapped:
            lines.append(_("What became which block:"))
            lines += [
                f"  {page}: «{source}» → {target}"
                for page, source, target in self.mapped
            ]
        if self.unmapped:
            lines.append(_("Passages kept as text (no block fits them):"))
            lines += [f"  {page}: «{source}»" for page, source in self.unmapped]
        if self.replaced:
            lines.append(
                _("Column headings replaced by the blocks' own: %(headings)s")
                % {"headings": "; ".join(self.replaced)}
            )
        if self.removed:
            lines.append(
                _(
                    "Word debris removed: %(count)s bookmarks and table-of-contents "
                    "lines."
                )
                % {"count": len(self.removed)}
            )
        lines += self.notes
        return "\n".join(lines)
