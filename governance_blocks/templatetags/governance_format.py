"""Formatting for governance values: money in kronor, counts."""

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def sek(value):
    """50000 -> '50 000 kr' (grouped by the active language's convention)."""
    if value is None or value == "":
        return ""
    return _("%(amount)s kr") % {"amount": number_format(value, force_grouping=True)}
