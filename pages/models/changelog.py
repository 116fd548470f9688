"""The change log: one entry per published version of a page, in its own table."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..queries import restricted


class ChangeType(models.TextChoices):
    EDITORIAL = "editorial", _("Editorial (wording, links, typos)")
    SUBSTANTIVE = "substantive", _("Substantive (mandate, composition, rules)")


class ChangeLogEntryQuerySet(models.QuerySet):
    def for_page(self, page):
        return self.filter(page_id=page.pk)

    def for_subtree(self, page):
        """Entries of the page and every page below it (a specification's bodies)."""
        return self.filter(page__path__startswith=page.path)

    def newest_first(self):
        return self.order_by("-published_at", "-pk")

    def public(self):
        """Entries of pages that are live and not behind a view restriction."""
        return self.filter(page__live=True).exclude(restricted("page__path"))


class ChangeLogEntry(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="change_log_entries",
        verbose_name=_("page"),
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("revision"),
    )
    version = models.PositiveIntegerField(verbose_name=_("version"))
    published_at = models.DateTimeField(verbose_name=_("published"))
    title = models.CharField(max_length=255, verbose_name=_("title at the time"))
    change_type = models.CharField(
        max_length=20,
        choices=ChangeType.choices,
        blank=True,
        verbose_name=_("change type"),
    )
    summary = models.TextField(blank=True, verbose_name=_("what changed"))
    deciding_body = models.ForeignKey(
        "pages.BodyPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    deciding_body_name = models.CharField(
        max_length=255, blank=True, verbose_name=_("decided by (name at the time)")
    )
    decision_reference = models.CharField(
        max_length=255, blank=True, verbose_name=_("decision reference")
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("approved by"),
    )
    approved_by_name = models.CharField(
        max_length=255, blank=True, verbose_name=_("approved by (name at the time)")
    )

    objects = ChangeLogEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("change log entry")
        verbose_name_plural = _("change log entries")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "version"], name="unique_page_version"
            )
        ]
        indexes = [
            models.Index(fields=["page", "-published_at"], name="changelog_page_date")
        ]
        ordering = ["-published_at", "-pk"]

    def __str__(self):
        return f"{self.title} v{self.version}"
