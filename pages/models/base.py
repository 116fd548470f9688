"""What every governance page shares: 'last updated', breadcrumbs, table of contents,
the change log and the addresses of its published versions."""

from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail.utils.decorators import cached_classmethod

from governance_blocks.stream import headings

from .. import feeds, versions
from ..forms import GovernancePageForm
from ..queries import breadcrumb_pages, organisation_menu, organisation_of
from .changelog import ChangeType

INTRO_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class GovernancePage(RoutablePageMixin, Page):
    """Abstract parent of the public governance page types.

    Below its own address every page has its change log (versions/), each published
    version (versions/<n>/), the differences between two of them
    (versions/<a>/diff/<b>/) and, where the page has one, an Atom feed of changes
    (feed/). The views are in pages.versions and pages.feeds."""

    introduction = RichTextField(
        blank=True, features=INTRO_FEATURES, verbose_name=_("introduction")
    )

    change_type = models.CharField(
        max_length=20,
        choices=ChangeType.choices,
        blank=True,
        verbose_name=_("change type"),
        help_text=_(
            "Editorial changes are approved in preparation; substantive changes also "
            "need the deciding body."
        ),
    )
    change_summary = models.TextField(
        blank=True,
        verbose_name=_("what changed"),
        help_text=_("One or two sentences for the public change log."),
    )

    base_form_class = GovernancePageForm
    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    change_panels = [
        MultiFieldPanel(
            [FieldPanel("change_type"), FieldPanel("change_summary")],
            heading=_("About this change"),
        )
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction", boost=1.5),
    ]
    api_fields = [APIField("introduction"), APIField("last_published_at")]

    #: The StreamField holding the page's sections, if it has one.
    stream_field_name = "content"
    #: Whether the change log also lists the pages below this one (a specification's
    #: bodies); such pages also have a feed of changes, as organisations do.
    change_log_covers_subtree = False

    class Meta:
        abstract = True

    @cached_classmethod
    def get_edit_handler(cls):
        """Wagtail's tabs, with 'About this change' closing the content tab."""
        tabs = [
            ObjectList([*cls.content_panels, *cls.change_panels], heading=_("Content")),
            ObjectList(cls.promote_panels, heading=_("Promote")),
            ObjectList(cls.settings_panels, heading=_("Settings")),
        ]
        return TabbedInterface(tabs, base_form_class=cls.base_form_class).bind_to_model(
            cls
        )

    @transaction.atomic
    def publish(self, revision, *args, **kwargs):
        """Publish in one transaction with its change-log entry (written on
        page_published): neither exists without the other."""
        return super().publish(revision, *args, **kwargs)

    @property
    def last_updated(self):
        """When the page as readers see it was last published."""
        return self.last_published_at or self.first_published_at

    def table_of_contents(self):
        """[(anchor, heading)] for the page's sections, in order."""
        if not self.stream_field_name:
            return []
        return headings(getattr(self, self.stream_field_name))

    def get_context(self, request, *args, version_entry=None, **kwargs):
        """The page's context; `version_entry` (a ChangeLogEntry) when rendering the
        page as it stood at that published version."""
        context = super().get_context(request, *args, **kwargs)
        context.update(self.navigation_context(), toc=self.table_of_contents())
        context.update(versions.change_log_context(self, request, version_entry))
        return context

    def navigation_context(self):
        """Breadcrumbs, the organisation and its menu: what surrounds the page and the
        pages about it (its change log, its versions)."""
        ancestors = breadcrumb_pages(self)
        organisation = organisation_of(self, ancestors)
        return {
            "breadcrumbs": ancestors,
            "organisation": organisation,
            "organisation_menu": organisation_menu(organisation),
        }

    def has_change_feed(self):
        return self.change_log_covers_subtree or getattr(self, "is_organisation", False)

    # Addresses below the page. Readers of a page that is not live, or that is
    # private to them, get 404 for all of them (see route()).

    @path("versions/", name="change_log")
    def change_log_route(self, request):
        return versions.change_log_view(self, request)

    @path("versions/<int:number>/", name="version")
    def version_route(self, request, number):
        return versions.version_view(self, request, number)

    @path("versions/<int:number_a>/diff/<int:number_b>/", name="diff")
    def diff_route(self, request, number_a, number_b):
        return versions.diff_view(self, request, number_a, number_b)

    @path("feed/", name="feed")
    def feed_route(self, request):
        return feeds.change_feed_view(self, request)

    def route(self, request, path_components):
        result = super().route(request, path_components)
        if path_components and result.page is self:
            versions.require_readable(self, request)
        return result
