"""What every governance page shares: 'last updated', breadcrumbs, table of contents."""

from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail.utils.decorators import cached_classmethod

from governance_blocks.stream import headings

from ..forms import GovernancePageForm
from ..queries import breadcrumb_pages, organisation_menu, organisation_of
from .changelog import ChangeType

INTRO_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class GovernancePage(Page):
    """Abstract parent of the public governance page types."""

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

    #: The StreamField holding the page's sections, if it has one.
    stream_field_name = "content"

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
