"""The project's own page type: the benchmark's baseline, never offered to editors."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class PlainPage(Page):
    """A stock Wagtail page with one rich-text body: the "plain Wagtail page with the
    same amount of text" that `manage.py bench` compares a body page with."""

    body = RichTextField(blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("body")]

    parent_page_types = ["pages.SpecificationPage"]
    subpage_types = []
    is_creatable = False

    class Meta:
        verbose_name = _("plain page")
        verbose_name_plural = _("plain pages")
