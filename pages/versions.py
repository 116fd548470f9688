"""The public side of the change log: a page's change log, each published version
readable as it stood, the differences between two versions, and feeds of changes.

The views are reached through the routes on GovernancePage (pages/models/base.py):

    <page>versions/                    the change log, newest first (?sida=2 …)
    <page>versions/<n>/                the page as it stood at version n
    <page>versions/<a>/diff/<b>/       what changed from version a to version b
    <page>feed/                        Atom feed of changes (pages.feeds)

Only versions with a change-log entry (that is, versions that were published) are
reachable. Listing versions reads the change log only, never the revisions table.
"""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import BooleanField, Case, Max, Q, When
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from .diff import diff_pages
from .models.changelog import ChangeLogEntry, ChangeType
from .queries import restricted

#: Entries shown on the page itself; the rest are on its change-log page.
LATEST_ON_PAGE = 5
ENTRIES_PER_PAGE = 20
#: Query parameter of the change-log page's pagination (also in its template).
PAGE_PARAMETER = "sida"
#: Version numbers above this are not looked up (they would overflow the column).
LARGEST_VERSION = 2**31 - 1

CHANGE_TYPE_LABELS = {
    ChangeType.EDITORIAL: _("Editorial change"),
    ChangeType.SUBSTANTIVE: _("Substantive change"),
}


@dataclass(frozen=True)
class LogRow:
    """One change-log entry as a reader sees it, with the addresses it links to."""

    entry: ChangeLogEntry
    page_url: str
    version_url: str
    diff_url: str
    body_url: str
    is_this_version: bool = False

    @property
    def change_type_label(self):
        return CHANGE_TYPE_LABELS.get(self.entry.change_type, "")


# ---------- Queries ----------


def with_deciding_body(entries):
    """Entries with their deciding body, `deciding_body_public`: whether readers
    can follow a link to it (live, not private), and `deciding_body_private`: whether
    a view restriction covers it."""
    return entries.select_related("deciding_body").annotate(
        deciding_body_private=restricted("deciding_body__path"),
        deciding_body_public=Case(
            When(
                ~restricted("deciding_body__path"), deciding_body__live=True, then=True
            ),
            default=False,
            output_field=BooleanField(),
        ),
    )


def hide_private_deciding_body(entry):
    """Blank the name of a deciding body behind a view restriction: its title is not
    public. The name of a body since unpublished or deleted stays, as it was
    recorded: it was public when it decided."""
    if entry.deciding_body_private:
        entry.deciding_body_name = ""
    return entry


def change_log_entries(page):
    """The entries in a page's change log, newest first: the page's own, and for a
    page whose log covers its subtree also those of the live pages below it that are
    not private. One query, however many entries there are."""
    if page.pk is None:
        return ChangeLogEntry.objects.none()
    if page.change_log_covers_subtree:
        # Restrictions on the page and above it, the reader has passed already.
        below = Q(page__live=True) & ~restricted("page__path", deeper_than=page.depth)
        entries = ChangeLogEntry.objects.for_subtree(page).filter(
            Q(page_id=page.pk) | below
        )
        entries = entries.select_related("page")
    else:
        # The page's own entries: log_rows() takes the page from here, no join.
        entries = ChangeLogEntry.objects.for_page(page)
    return with_deciding_body(entries.newest_first())


def published_entry(page, number):
    """The change-log entry of the page's published version `number` whose revision
    still exists, or 404."""
    if not 0 < number <= LARGEST_VERSION:
        raise Http404
    entries = ChangeLogEntry.objects.for_page(page).select_related("page", "revision")
    entry = with_deciding_body(entries).filter(version=number).first()
    if entry is None or entry.revision is None:
        raise Http404
    if entry.revision.object_id != str(page.pk):
        raise Http404
    return entry


def require_readable(page, request):
    """404 unless the reader may see the page: private pages' versions, diffs and
    feeds do not exist for readers outside the restriction (no login form, no 403)."""
    if not page.live:
        raise Http404
    for restriction in page.get_view_restrictions():
        if not restriction.accept_request(request):
            raise Http404


def log_rows(page, request, entries, this_entry=None):
    """LogRows for entries. Every governance page has the same version routes, so the
    current page's resolver gives the addresses below any entry's page."""
    rows = []
    own_url = None
    for entry in entries:
        if entry.page_id == page.pk:
            if own_url is None:
                own_url = page.get_url(request) or ""
            page_url = own_url
        else:
            page_url = entry.page.get_url(request) or ""
        version_url = diff_url = body_url = ""
        if page_url and entry.revision_id:
            version_url = page_url + page.reverse_subpage(
                "version", kwargs={"number": entry.version}
            )
            if entry.version > 1:
                diff_url = page_url + page.reverse_subpage(
                    "diff",
                    kwargs={"number_a": entry.version - 1, "number_b": entry.version},
                )
        if entry.deciding_body_public:
            body_url = entry.deciding_body.get_url(request) or ""
        hide_private_deciding_body(entry)
        rows.append(
            LogRow(
                entry=entry,
                page_url=page_url,
                version_url=version_url,
                diff_url=diff_url,
                body_url=body_url,
                is_this_version=this_entry is not None and entry.pk == this_entry.pk,
            )
        )
    return rows


def page_addresses(page, request):
    """{change_log_url, change_feed_url} of a page ('' when it has no feed)."""
    url = page.get_url(request)
    if not url:
        return {"change_log_url": "", "change_feed_url": ""}
    return {
        "change_log_url": url + page.reverse_subpage("change_log"),
        "change_feed_url": (
            url + page.reverse_subpage("feed") if page.has_change_feed() else ""
        ),
    }


def change_log_context(page, request, version_entry=None):
    """The latest entries for the change-log section on the page itself; when the page
    is rendered as an earlier version, the entries up to and including that one."""
    if page.pk is None:  # previewing a page that has never been saved
        return {}
    entries = change_log_entries(page)
    if version_entry is not None:
        entries = entries.filter(published_at__lte=version_entry.published_at)
    rows = log_rows(page, request, entries[:LATEST_ON_PAGE], this_entry=version_entry)
    return {"change_log": rows, **page_addresses(page, request)}


# ---------- Views ----------


def surrounding_context(page, request):
    """What the pages about a page need from it: navigation and its addresses."""
    return {
        "page": page,
        "self": page,
        "request": request,
        **page.navigation_context(),
        **page_addresses(page, request),
    }


def change_log_view(page, request):
    paginator = Paginator(change_log_entries(page), ENTRIES_PER_PAGE)
    # get_page() turns anything that is not a page number into the first or last page.
    log_page = paginator.get_page(request.GET.get(PAGE_PARAMETER))
    context = surrounding_context(page, request)
    context.update(
        paginator=paginator,
        log_page=log_page,
        rows=log_rows(page, request, log_page.object_list),
    )
    return TemplateResponse(request, "pages/versions/change_log.html", context)


@dataclass(frozen=True)
class OldVersion:
    """What the banner on an earlier version says and links to."""

    entry: ChangeLogEntry
    is_latest: bool
    current_url: str
    change_log_url: str


def version_view(page, request, number):
    entry = published_entry(page, number)
    old_page = entry.revision.as_object()
    # 'Last updated' as it read then: when this version was published.
    old_page.last_published_at = entry.published_at
    request.is_preview = False
    context = old_page.get_context(request, version_entry=entry)
    latest = ChangeLogEntry.objects.for_page(page).aggregate(latest=Max("version"))
    context.update(
        noindex=True,
        old_version=OldVersion(
            entry=entry,
            is_latest=entry.version == latest["latest"],
            current_url=page.get_url(request),
            change_log_url=context.get("change_log_url", ""),
        ),
    )
    return TemplateResponse(request, old_page.get_template(request), context)


def diff_view(page, request, number_a, number_b):
    entry_a = published_entry(page, number_a)
    entry_b = entry_a if number_b == number_a else published_entry(page, number_b)
    context = surrounding_context(page, request)
    context.update(
        noindex=True,
        diff=diff_pages(entry_a.revision.as_object(), entry_b.revision.as_object()),
        rows=log_rows(page, request, [entry_a, entry_b]),
    )
    return TemplateResponse(request, "pages/versions/diff.html", context)
