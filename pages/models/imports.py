"""A record of each imported document: its fingerprint, where it went and what the
source said about its own history."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportedDocument(models.Model):
    """One import of a file under a parent page. A second import of the same file
    (same fingerprint) under the same parent finds this record and reports its
    drafts instead of creating them again."""

    fingerprint = models.CharField(
        max_length=64, db_index=True, verbose_name=_("fingerprint (SHA-256)")
    )
    file_name = models.CharField(max_length=255, verbose_name=_("file name"))
    parent = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("imported under"),
    )
    page_type = models.CharField(max_length=20, verbose_name=_("imported as"))
    pages = models.ManyToManyField(
        "wagtailcore.Page", related_name="+", verbose_name=_("pages created")
    )
    source_updated = models.DateField(
        null=True, blank=True, verbose_name=_("last updated according to the source")
    )
    source_history = models.JSONField(
        default=list,
        blank=True,
        verbose_name=_("change log of the source"),
        help_text=_(
            "Entries of the document's own change log ({date, text}): history from "
            "before the import, not publications of this site."
        ),
    )
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("imported by"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("imported"))

    class Meta:
        verbose_name = _("imported document")
        verbose_name_plural = _("imported documents")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.file_name
