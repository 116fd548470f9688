"""English translations of part of the demo site, so both languages can be tried:
the home page, Västra Götaland's organisation page and specification, and two of
its bodies (the Leadership Council and the Assistive Devices Forum).

Each page's texts map the Swedish text of every string wagtail-localize extracts to
its English translation; `pages.demo.translator` applies them. Section anchors stay
as they are (the same in every language) and the change summary of a translated
version is `translator.TRANSLATION_SUMMARY`, so neither is listed here.
"""

from .bodies import ASSISTIVE_DEVICES_FORUM, LEADERSHIP_COUNCIL
from .site import HOME, SPECIFICATION, VASTRA_GOTALAND

#: (page spec key, {Swedish text: English text}), parents before their children.
ENGLISH = [
    ("home", HOME),
    ("vg", VASTRA_GOTALAND),
    ("vg-specifikation", SPECIFICATION),
    ("vg-ledningsrad", LEADERSHIP_COUNCIL),
    ("vg-hjalpmedelsforum", ASSISTIVE_DEVICES_FORUM),
]

__all__ = ["ENGLISH"]
