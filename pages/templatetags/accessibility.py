"""{% accessibility_statement organisation as statement %}: the accessibility
statement a page's footer links to."""

from django import template
from django.db.models import Q
from django.utils import translation

from ..models import AccessibilityStatementPage
from ..queries import restricted

register = template.Library()

#: Depth of a statement directly below a home page (the tree root is 1, home 2).
SITE_STATEMENT_DEPTH = 3


@register.simple_tag
def accessibility_statement(organisation=None):
    """The organisation's own statement if it has one, else the site's (below the
    home page); in the reader's language where it is translated. One query."""
    where = Q(depth=SITE_STATEMENT_DEPTH)
    if organisation:
        where |= Q(path__startswith=organisation.path, depth=organisation.depth + 1)
    statements = AccessibilityStatementPage.objects.live().filter(where, ~restricted())
    language = translation.get_language()
    return min(
        statements.select_related("locale"),
        key=lambda page: (
            page.depth == SITE_STATEMENT_DEPTH,
            page.locale.language_code != language,
            page.path,
        ),
        default=None,
    )
