"""The Swedish words the importer recognises: section headings, body names, dates,
statutes and money."""

import re

#: Sections of a body, by the block they become. Headings are compared in lower
#: case without trailing punctuation; a heading starting with one of these counts.
BODY_SECTIONS = {
    "leaving": ("vid avslut av uppdrag",),
    "assignment": ("uppdragsbeskrivning", "gemensamt uppdrag", "uppdrag"),
    "responsibilities": ("ansvarsområden", "ansvar"),
    "mandate": ("mandat", "befogenheter"),
    "composition": ("sammansättning", "arbetsorganisation", "representation"),
    "competence": ("kompetenskriterier",),
    "nomination": ("nomineringsprocess", "nominering"),
    "working_forms": ("arbetsformer", "mötesfrekvens", "mötesformer"),
    "communication": ("kommunikation",),
    "follow_up": ("uppföljning",),
}

#: A routine's standard parts: the page's own fields, then StandardSectionBlock kinds.
ROUTINE_SECTIONS = {
    "purpose": ("syfte",),
    "scope": ("gäller för", "omfattning", "målgrupp"),
    "changes": (
        "uppdaterat från föregående version",
        "ändrat sedan föregående version",
        "ändringar sedan föregående version",
    ),
    "link": ("länk till",),
    "background": ("bakgrund",),
    "implementation": ("genomförande",),
    "documentation": ("dokumentation",),
    "communication": ("kommunikation",),
    "follow_up": ("uppföljning",),
    "deviations": ("avvikelser", "avvikelsehantering"),
    "responsibilities": ("ansvar",),
    "goals": ("mål",),
}

REFERENCE_SECTIONS = (
    "referenslista",
    "referenser",
    "lagar och föreskrifter",
    "författningar",
    "lagstöd",
)
CHANGELOG_PREFIX = "ändringslogg"

#: A word naming a body: Ledningsråd, Beredningsgrupp, Hjälpmedelsforum, nämnd …
BODY_WORD = re.compile(
    r"(råd|rådet|grupp|gruppen|grupper|forum|forumet|nämnd|nämnden|funktion|"
    r"funktionen|organ|organet|kommitté|kommittén|nätverk|nätverket)$"
)
BODY_FORMS = (
    ("nämnd", "joint_committee"),
    ("forum", "forum"),
    ("nätverk", "network"),
    ("funktion", "function"),
    ("råd", "council"),
    ("grupp", "group"),
    ("organ", "agreement_body"),
)

#: Words a heading does not end with: a line ending so is a sentence cut short.
FUNCTION_WORDS = frozenset(
    [
        "att",
        "av",
        "eller",
        "en",
        "ett",
        "för",
        "från",
        "genom",
        "i",
        "inom",
        "med",
        "mellan",
        "och",
        "om",
        "på",
        "samt",
        "som",
        "till",
        "under",
        "vid",
        "åt",
        "än",
        "the",
        "of",
        "and",
    ]
)

UPDATED = re.compile(
    r"^(?:senast\s+)?(?:uppdaterad|uppdaterat|ändrad|reviderad)\s*:?\s*"
    r"(\d{4})-(\d{2})-(\d{2})",
    re.IGNORECASE,
)
DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")

#: Statutes and regulations: Lag (2017:612), Socialtjänstlag (2001:453),
#: SOSFS 2011:9, HSLF-FS 2017:40, SFS 2014:821, Lag 2017:310.
STATUTE = re.compile(
    r"(?:\b(?:[A-ZÅÄÖ][a-zåäö-]*(?:lag|förordning)|Lag|Förordning)"
    r"\s*\(?\d{4}:\d+\)?"
    r"|\b(?:SOSFS|HSLF-FS|SFS|AFS|LVFS|TLVFS|SKOLFS)\s+\d{4}:\d+(?:\s*\([A-Z]\))?)"
)

#: A money limit: "upp till 50 000 kr", "högst 100 000 kronor", "50 tkr".
MONEY = re.compile(
    r"(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)\s*(tkr|kr|kronor|sek)\b", re.IGNORECASE
)

NUMBER_WORDS = {
    "en": 1,
    "ett": 1,
    "två": 2,
    "tre": 3,
    "fyra": 4,
    "fem": 5,
    "sex": 6,
    "sju": 7,
    "åtta": 8,
    "nio": 9,
    "tio": 10,
    "elva": 11,
    "tolv": 12,
}
NUMBER = r"(\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)"


def number(text):
    """An int from '5' or 'fem'; None if it is neither."""
    text = text.lower()
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text)


def normalise(heading):
    return re.sub(r"[\s.:;,]+$", "", heading.strip().lower())


def section_kind(heading, vocabulary):
    """The kind a heading names in `vocabulary` (BODY_SECTIONS or
    ROUTINE_SECTIONS), or None."""
    text = normalise(heading)
    prefix = vocabulary is ROUTINE_SECTIONS
    for kind, names in vocabulary.items():
        if any(
            text == name or (prefix and text.startswith(name + " ")) for name in names
        ):
            return kind
    if not prefix and text.startswith(("sammansättning", "vid avslut av uppdrag")):
        return "composition" if text.startswith("sammansättning") else "leaving"
    return None


def is_reference_heading(heading):
    return normalise(heading) in REFERENCE_SECTIONS


def is_changelog_heading(heading):
    return normalise(heading).startswith(CHANGELOG_PREFIX)


def names_body(heading):
    """Whether a heading names a body (a council, group, forum, committee …)."""
    if re.search(r"[.:;,!?]$", heading.strip()):
        return False
    words = re.findall(r"[\wåäöÅÄÖ&-]+", heading)
    if not words or len(words) > 10 or words[-1].lower() in FUNCTION_WORDS:
        return False
    if section_kind(heading, BODY_SECTIONS) or section_kind(heading, ROUTINE_SECTIONS):
        return False
    if re.search(r"\([A-ZÅÄÖ]{2,8}\)$", heading.strip()):
        return any(BODY_WORD.search(word.lower()) for word in words)
    if len(words) > 6:
        return False
    return any(BODY_WORD.search(word.lower()) for word in (*words[:2], words[-1]))


def body_form(title):
    lowered = title.lower()
    for word, form in BODY_FORMS:
        if word in lowered:
            return form
    return "group"


def is_known_heading(text):
    return bool(
        section_kind(text, BODY_SECTIONS)
        or section_kind(text, ROUTINE_SECTIONS)
        or is_reference_heading(text)
        or is_changelog_heading(text)
        or names_body(text)
    )
