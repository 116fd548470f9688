"""Mapping a body's sections: assignment, responsibilities, mandate, composition,
nomination, working forms, communication and follow-up."""

import re

from django.utils.translation import gettext as _

from . import text as facts
from . import vocabulary as words
from .document import ListItem, Paragraph, Table
from .text import MAX_ITEM


class BodySectionMapping:
    """The body-section half of Mapper (see blocks.py)."""

    # --- body sections ---------------------------------------------------------

    def body_section(self, kind, section):
        handler = getattr(self, f"_body_{kind}", None)
        result = handler(section) if handler else None
        if result is None:
            if kind in ("competence", "leaving"):
                self.kept(section.heading)
            return self.section(section.heading, section.content)
        return result

    def _listed(self, section, block_type, label):
        before, items, after = _split_list(section.content)
        texts = [item.text for item in items] or [
            p.text for p in before if isinstance(p, Paragraph)
        ]
        if not items:
            before = [e for e in before if not isinstance(e, Paragraph)]
        if (
            not texts
            or any(len(t) > MAX_ITEM for t in texts)
            or any(isinstance(e, Table) for e in before)
        ):
            return None
        anchor = self.anchors.claim(section.heading)
        self.mapped(section.heading, label)
        result = [
            (
                block_type,
                {
                    "heading": section.heading,
                    "anchor": anchor,
                    "intro": facts.plain(before),
                    "items": texts,
                },
            )
        ]
        return result + (self.text_block("", after) if after else [])

    def _body_assignment(self, section):
        return self._listed(section, "assignment", _("assignment"))

    def _body_responsibilities(self, section):
        return self._listed(section, "responsibilities", _("responsibilities"))

    def _body_mandate(self, section):
        before, items, after = _split_list(section.content)
        texts = [item.text for item in items]
        if not texts:
            texts, before = [p.text for p in before if isinstance(p, Paragraph)], []
        if not texts or any(isinstance(e, Table) for e in before):
            return None
        return self.mandate(section.heading, texts, facts.plain(before), after)

    def mandate(self, heading, texts, intro="", after=()):
        mandate_items = []
        for decision in texts:
            limit = facts.money_limit(decision)
            mandate_items.append(
                {"decision": decision, "scope": "", "topic": "", "money_limit": limit}
            )
            if limit is not None:
                self.mapped(
                    decision,
                    _("mandate item with the limit %(limit)s kr")
                    % {"limit": f"{limit:,}".replace(",", " ")},
                )
        self.mapped(
            heading or texts[0], _("mandate (%(count)s items)") % {"count": len(texts)}
        )
        anchor = self.anchors.claim(heading or "mandat")
        result = [
            (
                "mandate",
                {
                    "heading": heading,
                    "anchor": anchor,
                    "intro": intro,
                    "items": mandate_items,
                },
            )
        ]
        return result + (self.text_block("", list(after)) if after else [])

    def _body_composition(self, section):
        tables = [e for e in section.content if isinstance(e, Table)]
        if tables and "antal" in [c.lower() for c in tables[0].rows[0]]:
            index = section.content.index(tables[0])
            before = section.content[:index]
            after = section.content[index + 1 :]
            return self.composition_table(section.heading, tables[0], before, after)
        if tables:
            return None
        return self.composition_prose(section.heading, section.content)

    def composition_prose(self, heading, content):
        """Composition rows from sentences; chair, co-opted and secretary roles into
        their fields; every other sentence stays in the introduction."""
        if any(not isinstance(e, Paragraph | ListItem) for e in content):
            return None
        rows, total, intro, chair, co_opted, secretary = [], None, [], [], [], ""
        for element in content:
            for sentence in facts.sentences(element.text):
                found = facts.composition_rows(sentence)
                lowered = sentence.lower()
                total = total or facts.stated_total(sentence)
                if found:
                    rows += found
                    intro.append(sentence)
                elif "adjunger" in lowered and len(sentence) <= 500:
                    co_opted.append(sentence)
                elif (
                    "sekreterare" in lowered and not secretary and len(sentence) <= 500
                ):
                    secretary = sentence
                elif "ordförande" in lowered:
                    chair.append(sentence)
                else:
                    intro.append(sentence)
        if not rows:
            return None
        for row in rows:
            row.setdefault("party", "")
        self.mapped(
            rows[0]["group"],
            _("composition rows read from the text (%(count)s)") % {"count": len(rows)},
        )
        if total is not None and total != sum(r["members"] or 0 for r in rows):
            self.report.note(
                _(
                    "%(page)s: the text states %(total)s members but the rows add up "
                    "to %(sum)s; check the composition."
                )
                % {
                    "page": self.page_title,
                    "total": total,
                    "sum": sum(r["members"] or 0 for r in rows),
                }
            )
        anchor = self.anchors.claim(heading or "sammansattning")
        return [
            (
                "composition",
                {
                    "heading": heading,
                    "anchor": anchor,
                    "intro": " ".join(intro),
                    "rows": rows,
                    "stated_total": total,
                    "chair_rule": " ".join(chair),
                    "co_opted": co_opted,
                    "secretary": secretary,
                },
            )
        ]

    def _body_nomination(self, section):
        groups, intro, title, after = [], [], "", []
        for element in section.content:
            if (
                isinstance(element, Paragraph)
                and element.text.endswith(":")
                and len(element.text) <= 255
            ):
                title = element.text.rstrip(":")
                groups.append({"title": title, "steps": []})
            elif isinstance(element, ListItem) and len(element.text) <= MAX_ITEM:
                if not groups:
                    groups.append({"title": "", "steps": []})
                groups[-1]["steps"].append(element.text)
            elif isinstance(element, Paragraph) and not groups:
                intro.append(element)
            else:
                after.append(element)
        if any(not group["steps"] for group in groups):
            return None
        anchor = self.anchors.claim(section.heading)
        self.mapped(section.heading, _("nomination process"))
        value = {
            "heading": section.heading,
            "anchor": anchor,
            "intro": facts.plain(intro),
            "groups": groups,
            "leaving": "",
        }
        return [("nomination_process", value)] + (
            self.text_block("", after) if after else []
        )

    def _body_working_forms(self, section):
        if any(isinstance(e, Table) for e in section.content):
            return None
        value = {
            "heading": section.heading,
            "anchor": "",
            "intro": "",
            "meetings_period": "year",
            "other": [],
        }
        intro = []
        for element in section.content:
            text = element.text
            lowered = text.lower()
            counted = facts.meetings(text)
            if counted and "meetings_min" not in value:
                (
                    value["meetings_min"],
                    value["meetings_max"],
                    value["meetings_period"],
                ) = counted
            field = _working_field(lowered, len(text), value)
            if field:
                value[field] = text
            elif isinstance(element, ListItem) and len(text) <= MAX_ITEM:
                value["other"].append(text)
            else:
                intro.append(text)
        value["intro"] = "\n\n".join(intro)
        value["anchor"] = self.anchors.claim(section.heading)
        self.mapped(section.heading, _("working forms"))
        return [("working_forms", value)]

    def _body_communication(self, section):
        if "communication" not in self.allowed:
            return None
        anchor = self.anchors.claim(section.heading)
        self.mapped(section.heading, _("communication"))
        return [
            (
                "communication",
                {
                    "heading": section.heading,
                    "anchor": anchor,
                    "body": facts.rich_text(section.content) or "<p></p>",
                },
            )
        ]

    def _body_follow_up(self, section):
        if "follow_up" not in self.allowed:
            return None
        all_text = facts.plain(section.content)
        reports_to = re.search(r"rapport\w*\s+till\b.*?\(([A-ZÅÄÖ]{2,8})\)", all_text)
        frequency = (
            "årligen" if re.search(r"årligen|en gång per år|varje år", all_text) else ""
        )
        anchor = self.anchors.claim(section.heading)
        self.mapped(section.heading, _("follow-up"))
        value = {
            "heading": section.heading,
            "anchor": anchor,
            "body": facts.rich_text(section.content) or "<p></p>",
            "reports_to": reports_to[1] if reports_to else "",
            "frequency": frequency,
        }
        return [("follow_up", value)]


_WORKING_FIELDS = (
    ("decision_rule", ("enighet", "beslut fattas", "konsensus"), None),
    ("quorum", ("beslutsför",), None),
    ("minutes", ("anteckningar", "protokoll"), None),
    ("extra_meetings", ("ytterligare", "extra möte"), 500),
    ("notice", ("kallelse", "dagordning"), 500),
    ("chair", ("ordförande",), 500),
)


def _working_field(lowered, length, value):
    for name, markers, limit in _WORKING_FIELDS:
        if name in value or (limit and length > limit):
            continue
        if any(marker in lowered for marker in markers):
            return name
    return None


def _split_list(content):
    """(before, items, after) around the first run of list items."""
    start = next((i for i, e in enumerate(content) if isinstance(e, ListItem)), None)
    if start is None:
        return list(content), [], []
    end = start
    while end < len(content) and isinstance(content[end], ListItem):
        end += 1
    return list(content[:start]), list(content[start:end]), list(content[end:])


def body_section_kind(heading):
    return words.section_kind(heading, words.BODY_SECTIONS)
