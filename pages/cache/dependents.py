"""Which public addresses show a page's data, or a register entry's.

One answer used twice: to purge a CDN or reverse proxy after a change
(pages.cache.invalidation) and in the tests that check every such address shows the
change. Our own page cache needs no list: a new content generation replaces all of
it (pages.cache.generation).

A page's data shows on the page itself and its change log, versions and feed; on
each of its translations (the language links); on every ancestor (menus and the
lists of children; a specification's change log, feed and print view cover its
subtree; an organisation's feed, org chart, "who decides what", representation pages
and open-data exports are drawn from its bodies); on the sitemap; on pages that link
to it (the reference index: a body's "reports to" and similar). An accessibility
statement is linked from the footer of every page below where it sits."""

from django.apps import apps
from wagtail.models import Page, ReferenceIndex

#: Subroutes of an organisation drawn from the pages and the register below it.
ORGANISATION_ROUTES = ("org_chart", "who_decides", "member_list", "popolo")
ORGANISATION_EXPORTS = ("composition_csv", "mandate_csv")


def _subroute(page, url, name, **kwargs):
    return url + page.reverse_subpage(name, kwargs=kwargs or None)


def own_urls(page):
    """The page's address and the addresses below it about the page itself."""
    page = page.specific
    url = page.get_full_url()
    if url is None:
        return set()
    urls = {url}
    if hasattr(page, "reverse_subpage"):
        urls.add(_subroute(page, url, "change_log"))
        if page.has_change_feed():
            urls.add(_subroute(page, url, "feed"))
        if getattr(page, "change_log_covers_subtree", False):
            urls.add(_subroute(page, url, "print"))
            urls.add(_subroute(page, url, "print_pdf"))
        if getattr(page, "is_organisation", False):
            urls |= organisation_urls(page, url)
    return urls


def organisation_urls(organisation, url=None):
    """An organisation's views drawn from its bodies and the register."""
    url = url or organisation.get_full_url()
    if url is None:
        return set()
    member_organisation = apps.get_model("pages", "MemberOrganisation")
    names = ORGANISATION_ROUTES + ORGANISATION_EXPORTS
    urls = {_subroute(organisation, url, name) for name in names}
    members = member_organisation.objects.filter(
        organisations__translation_key=organisation.translation_key
    ).distinct()
    urls |= {
        _subroute(organisation, url, "member", slug=member.slug) for member in members
    }
    return urls


def sitemap_url(page):
    site = page.get_site()
    return site.root_url.rstrip("/") + "/sitemap.xml" if site else None


def urls_showing_page(page):
    """Every public address that shows the page's data (as absolute URLs)."""
    urls = set()
    versions = list(page.get_translations(inclusive=True).specific())
    for version in versions:
        urls |= own_urls(version)
        for ancestor in version.get_ancestors().filter(depth__gt=1).specific():
            urls |= own_urls(ancestor)
        if sitemap := sitemap_url(version):
            urls.add(sitemap)
    urls |= _linking_pages_urls(versions)
    statement_model = apps.get_model("pages", "AccessibilityStatementPage")
    if issubclass(page.specific_class, statement_model):
        urls |= _footer_urls(versions)
    return urls


def _linking_pages_urls(pages):
    urls = set()
    for target in pages:
        for source, _references in ReferenceIndex.get_references_to(
            target
        ).group_by_source_object():
            if isinstance(source, Page) and source.live:
                urls |= own_urls(source)
    return urls


def _footer_urls(statements):
    """Every live page below where the statements sit (their footers link them)."""
    urls = set()
    for statement in statements:
        parent = statement.get_parent()
        for page in Page.objects.descendant_of(parent, inclusive=True).live():
            if page.depth > 1:
                urls |= own_urls(page)
    return urls


def urls_showing_register(appointments=(), member_organisations=()):
    """Addresses that show register entries: the bodies the appointments are in,
    and the representation pages and exports of the organisations concerned."""
    urls = set()
    organisations = {}
    for appointment in appointments:
        body = appointment.body
        for version in body.get_translations(inclusive=True).specific():
            urls |= own_urls(version)
            for ancestor in version.get_ancestors().filter(depth__gt=1).specific():
                if getattr(ancestor, "is_organisation", False):
                    organisations[ancestor.pk] = ancestor
    for member in member_organisations:
        for organisation in member.organisations.all():
            for version in organisation.get_translations(inclusive=True).specific():
                organisations[version.pk] = version
    for organisation in organisations.values():
        urls |= organisation_urls(organisation)
    return urls
