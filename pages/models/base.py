"""What every governance page shares: 'last updated', breadcrumbs, table of contents."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from governance_blocks.stream import headings

from ..queries import breadcrumb_pages, organisation_menu, organisation_of

INTRO_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class GovernancePage(Page):
    """Abstract parent of the public governance page types."""

    introduction = RichTextField(
        blank=True, features=INTRO_FEATURES, verbose_name=_("introduction")
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction", boost=1.5),
    ]

    #: The StreamField holding the page's sections, if it has one.
    stream_field_name = "content"

    class Meta:
        abstract = True

    @property
    def last_updated(self):
        """When the page as readers see it was last published."""
        return self.last_published_at or self.first_published_at

    def table_of_contents(self):
        """[(anchor, heading)] for the page's sections, in order."""
        if not self.stream_field_name:
            return []
        return headings(getattr(self, self.stream_field_name))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        ancestors = breadcrumb_pages(self)
        organisation = organisation_of(self, ancestors)
        context.update(
            breadcrumbs=ancestors,
            organisation=organisation,
            organisation_menu=organisation_menu(organisation),
            toc=self.table_of_contents(),
        )
        return context
