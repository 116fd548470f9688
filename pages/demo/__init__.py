"""Demo content built from the five source documents in the project brief.

`HOME` is the whole tree: the home page with one organisation per region, each with
its documents and bodies, and the site's accessibility statement. `manage.py
load_demo` builds it with `builder.DemoBuilder` and creates the demo users with
`users.ensure_demo_users`.
"""

from pages.models import HomePage

from .accessibility import ACCESSIBILITY_STATEMENT
from .halland import HALLAND
from .jonkoping import JONKOPING
from .spec import PageSpec, paragraphs
from .vastra_gotaland import VASTRA_GOTALAND

HOME = PageSpec(
    HomePage,
    key="home",
    title="Hjälpmedelssamverkan",
    slug="hem",
    fields={
        "introduction": paragraphs(
            "Styrning och samverkan inom hjälpmedelsområdet: specifikationer, organ "
            "och rutiner för regionernas och kommunernas samarbetsorganisationer."
        )
    },
    children=[VASTRA_GOTALAND, HALLAND, JONKOPING, ACCESSIBILITY_STATEMENT],
)

__all__ = ["HOME"]
