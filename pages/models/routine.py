"""A routine (rutin, anvisning, tillämpningsanvisning) with its standard sections."""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from governance_blocks.stream import RoutineStreamBlock

from ..queries import public_children
from .base import INTRO_FEATURES, GovernancePage


class RoutineKind(models.TextChoices):
    ROUTINE = "rutin", _("Routine")
    INSTRUCTION = "anvisning", _("Instruction")
    APPLICATION_INSTRUCTION = "tillampningsanvisning", _("Application instruction")


class RoutinePage(GovernancePage):
    kind = models.CharField(
        max_length=30,
        choices=RoutineKind.choices,
        default=RoutineKind.ROUTINE,
        verbose_name=_("kind"),
    )
    purpose = RichTextField(
        blank=True, features=INTRO_FEATURES, verbose_name=_("purpose")
    )
    scope = RichTextField(
        blank=True,
        features=INTRO_FEATURES,
        verbose_name=_("applies to"),
        help_text=_("Who the routine applies to (gäller för)."),
    )
    content = StreamField(RoutineStreamBlock(), blank=True, verbose_name=_("content"))
    review_interval_months = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        verbose_name=_("review interval (months)"),
        help_text=_("For 'at least once a year', enter 12."),
    )
    next_review = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("next review"),
        help_text=_("Editors are reminded when this date approaches."),
    )
    changes_since_previous = RichTextField(
        blank=True,
        features=INTRO_FEATURES,
        verbose_name=_("changed since the previous version"),
    )

    content_panels = [
        *GovernancePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("purpose"),
        FieldPanel("scope"),
        FieldPanel("content"),
        FieldPanel("changes_since_previous"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("review_interval_months"), FieldPanel("next_review")]
                )
            ],
            heading=_("Review"),
        ),
    ]
    search_fields = [
        *GovernancePage.search_fields,
        index.SearchField("purpose", boost=1.2),
        index.SearchField("scope"),
        index.SearchField("content"),
        index.SearchField("changes_since_previous"),
        index.FilterField("next_review"),
    ]
    api_fields = [
        *GovernancePage.api_fields,
        *(
            APIField(name)
            for name in (
                "kind",
                "purpose",
                "scope",
                "content",
                "changes_since_previous",
                "review_interval_months",
                "next_review",
            )
        ),
    ]

    parent_page_types = ["pages.OrganisationPage", "pages.SpecificationPage"]
    subpage_types = ["pages.BodyPage"]
    show_in_menus_default = True

    class Meta:
        verbose_name = _("routine")
        verbose_name_plural = _("routines")

    def save(self, *args, **kwargs):
        if self.review_interval_months and not self.next_review:
            start = (self.last_published_at or timezone.now()).date()
            self.next_review = _add_months(start, self.review_interval_months)
        super().save(*args, **kwargs)

    def review_overdue(self, today=None):
        today = today or timezone.localdate()
        return bool(self.next_review and self.next_review < today)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["bodies"] = public_children(self)
        return context

    def table_of_contents(self):
        entries = []
        if self.purpose:
            entries.append(("syfte", _("Purpose")))
        if self.scope:
            entries.append(("galler-for", _("Applies to")))
        entries += super().table_of_contents()
        if self.changes_since_previous:
            entries.append(
                (
                    "andrat-sedan-foregaende-version",
                    _("Changed since the previous version"),
                )
            )
        return entries


def _add_months(date, months):
    month_index = date.month - 1 + months
    year, month = date.year + month_index // 12, month_index % 12 + 1
    for day in (date.day, 30, 29, 28):
        try:
            return datetime.date(year, month, day)
        except ValueError:
            continue
    raise ValueError(date)
