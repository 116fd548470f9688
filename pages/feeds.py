"""Atom feeds of published changes: an organisation's pages, or a specification and
the pages below it. Served at <page>feed/ (see GovernancePage.feed_route)."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import format_html_join
from django.utils.translation import gettext as _

from .models.changelog import ChangeLogEntry
from .queries import breadcrumb_pages, organisation_of
from .versions import CHANGE_TYPE_LABELS, hide_private_deciding_body, with_deciding_body

#: The newest entries a feed lists.
FEED_LENGTH = 50


class ChangeFeed(Feed):
    """One entry per published version of a live, public page in the subtree.

    Made for one request: `ChangeFeed()(request, page=page)`."""

    feed_type = Atom1Feed

    def get_object(self, request, page):
        self.request, self.page = request, page
        return page

    def title(self, page):
        return _("Changes: %(title)s") % {"title": page.title}

    def subtitle(self, page):
        return _(
            "Published versions of %(title)s and the pages below it, newest first."
        ) % {"title": page.title}

    def link(self, page):
        return page.get_full_url(self.request)

    def feed_url(self, page):
        return self.request.build_absolute_uri()

    def author_name(self, page):
        organisation = organisation_of(page, breadcrumb_pages(page))
        return (organisation or page).title

    def items(self, page):
        entries = with_deciding_body(
            ChangeLogEntry.objects.for_subtree(page).public().newest_first()
        ).select_related("page")[:FEED_LENGTH]
        return [hide_private_deciding_body(entry) for entry in entries]

    def item_title(self, entry):
        return _("%(title)s: version %(number)s") % {
            "title": entry.title,
            "number": entry.version,
        }

    def item_link(self, entry):
        page_url = entry.page.get_full_url(self.request)
        # Every governance page has the same routes; the feed's page resolves them.
        return page_url + self.page.reverse_subpage(
            "version", kwargs={"number": entry.version}
        )

    def item_description(self, entry):
        """HTML (Atom's summary type="html"): the user's text escaped, a paragraph
        for the summary, the change type and the decision each."""
        parts = [entry.summary, CHANGE_TYPE_LABELS.get(entry.change_type, "")]
        if entry.deciding_body_name:
            decision = _("Decided by %(body)s") % {"body": entry.deciding_body_name}
            if entry.decision_reference:
                decision += f" ({entry.decision_reference})"
            parts.append(decision)
        return format_html_join("", "<p>{}</p>", ([part] for part in parts if part))

    def item_pubdate(self, entry):
        return entry.published_at

    def item_updateddate(self, entry):
        return entry.published_at


def change_feed_view(page, request):
    """The feed of an organisation or a specification; other pages have none."""
    if not page.has_change_feed():
        raise Http404
    return ChangeFeed()(request, page=page)
