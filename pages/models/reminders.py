"""What review reminders were sent: one row per routine, editor and day, so that
`send_review_reminders` sends nothing twice on the same day."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReviewReminder(models.Model):
    routine = models.ForeignKey(
        "pages.RoutinePage",
        on_delete=models.CASCADE,
        related_name="review_reminders",
        verbose_name=_("routine"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="review_reminders",
        verbose_name=_("user"),
    )
    sent_on = models.DateField(verbose_name=_("sent on"))

    class Meta:
        verbose_name = _("review reminder")
        verbose_name_plural = _("review reminders")
        constraints = [
            models.UniqueConstraint(
                fields=["routine", "user", "sent_on"],
                name="unique_review_reminder_per_day",
            )
        ]

    def __str__(self):
        return f"{self.routine_id} → {self.user_id} ({self.sent_on:%Y-%m-%d})"
