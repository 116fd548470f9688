"""Recognising a document's structure: its title, the bodies it describes and their
sections, the other sections, 'last updated' and the change log."""

import datetime
from dataclasses import dataclass, field

from . import vocabulary as words
from .document import Heading, ListItem, Paragraph, Table


@dataclass
class Section:
    heading: str
    content: list = field(default_factory=list)
    #: For a heading that only groups the bodies after it: their titles.
    groups: list[str] = field(default_factory=list)


@dataclass
class Body:
    title: str
    intro: list = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    #: "political" or "officials" when a grouping heading says so.
    level: str = ""


@dataclass
class Outline:
    title: str
    intro: list = field(default_factory=list)
    #: Sections and bodies in the order of the document.
    parts: list = field(default_factory=list)
    updated: datetime.date | None = None
    updated_text: str = ""
    changelog_heading: str = ""
    #: [(date or None, text)] from the document's own change log.
    changelog: list = field(default_factory=list)

    @property
    def bodies(self):
        return [part for part in self.parts if isinstance(part, Body)]

    @property
    def sections(self):
        return [part for part in self.parts if isinstance(part, Section)]


def outline(document, find_bodies=True):
    """The Outline of a Document; with `find_bodies` False every heading stays a
    section (a guidance page has no bodies below it)."""
    elements = list(document.elements)
    title = document.title
    if not title and elements and isinstance(elements[0], Heading):
        first = elements[0].text
        if not words.is_known_heading(first) or words.names_body(first):
            title = elements.pop(0).text
    result = Outline(title=title)
    elements = _take_updated(elements, result)
    intro, runs = _runs(elements)
    result.intro = intro
    runs = _take_changelog(runs, result)
    result.parts = _parts(runs, find_bodies)
    return result


def _take_updated(elements, result):
    kept = []
    for element in elements:
        match = isinstance(element, Paragraph) and words.UPDATED.match(element.text)
        if match and result.updated is None:
            try:
                result.updated = datetime.date(*(int(part) for part in match.groups()))
            except ValueError:
                kept.append(element)
                continue
            result.updated_text = element.text
        else:
            kept.append(element)
    return kept


def _runs(elements):
    """The elements before the first heading, and [Section] for each heading with
    the elements up to the next."""
    intro, runs = [], []
    for element in elements:
        if isinstance(element, Heading):
            runs.append(Section(element.text))
        elif runs:
            runs[-1].content.append(element)
        else:
            intro.append(element)
    return intro, runs


def _take_changelog(runs, result):
    kept = []
    for run in runs:
        if words.is_changelog_heading(run.heading) and not result.changelog_heading:
            result.changelog_heading = run.heading
            for element in run.content:
                for text in _texts(element):
                    date = words.DATE.search(text)
                    when = None
                    if date:
                        try:
                            when = datetime.date(*(int(p) for p in date.groups()))
                        except ValueError:
                            when = None
                    result.changelog.append((when, text))
        else:
            kept.append(run)
    return kept


def _texts(element):
    if isinstance(element, Table):
        return [" ".join(cell for cell in row if cell) for row in element.rows]
    return [element.text]


def _is_body_section(run):
    return words.section_kind(run.heading, words.BODY_SECTIONS) is not None


def _starts_body(runs, index):
    run = runs[index]
    if words.names_body(run.heading):
        return True
    if _is_body_section(run) or words.section_kind(run.heading, words.ROUTINE_SECTIONS):
        return False
    following = runs[index + 1 : index + 3]
    return len(following) == 2 and all(_is_body_section(r) for r in following)


def _level_of(heading):
    lowered = heading.lower()
    if "politisk" in lowered:
        return "political"
    if "tjänstem" in lowered:
        return "officials"
    return ""


def _parts(runs, find_bodies):
    parts, body, level, index = [], None, "", 0
    while index < len(runs):
        run = runs[index]
        if find_bodies and _starts_body(runs, index):
            body = Body(run.heading, intro=run.content, level=level)
            parts.append(body)
        elif body is not None and _is_body_section(run):
            body.sections.append(run)
        else:
            body = None
            next_is_body = (
                find_bodies and index + 1 < len(runs) and _starts_body(runs, index + 1)
            )
            if not run.content and next_is_body:
                level = _level_of(run.heading)
                run.groups = _group_titles(runs, index + 1)
            elif not run.content and index + 1 < len(runs):
                # An empty heading over another: the second is its sub-heading.
                following = runs[index + 1]
                run.content = [Heading(following.heading), *following.content]
                index += 1
            parts.append(run)
        index += 1
    return parts


def _group_titles(runs, start):
    titles = []
    for index in range(start, len(runs)):
        if _starts_body(runs, index):
            titles.append(runs[index].heading)
        elif not _is_body_section(runs[index]):
            break
    return titles


def list_items(content):
    return [element for element in content if isinstance(element, ListItem)]
