"""Mapping tables: situations and activities, representative worksheets, glossary
terms and composition tables."""

import re

from django.utils.translation import gettext as _

from . import text as facts
from .document import ListItem, Paragraph, Table
from .text import MAX_ITEM


class TableMapping:
    """The table half of Mapper (see blocks.py)."""

    # --- tables ----------------------------------------------------------------

    def table(self, heading, table):
        header = [cell.lower() for cell in table.rows[0]]
        first = header[0] if header else ""
        second = header[1] if len(header) > 1 else ""
        if (
            "situation" in first
            and "aktivitet" in second
            and "situation_table" in self.allowed
        ):
            return self.situation_table(heading, table)
        worksheet = (
            "grupp" in first or "nätverk" in first
        ) and "representant" in second
        if worksheet and "representative_worksheet" in self.allowed:
            return self.worksheet(heading, table)
        glossary = ("begrepp" in first or "term" in first) and "beskrivning" in second
        if glossary and "glossary_term" in self.allowed:
            return self.glossary(heading, table)
        if "antal" in header and "composition" in self.allowed:
            block = self.composition_table(heading, table, [], [])
            if block:
                return block
        return None

    def situation_table(self, heading, table):
        rows, competences = [], []
        for cells in _merge_single_cells(table.rows[1:]):
            if len(cells) == 1 and cells[0].lower().startswith("förslag på kompetens"):
                label, *listed = _bullet_lines(cells[0])
                self.report.replaced.append(label)
                competences += listed
            elif len(cells) >= 2:
                rows.append(
                    {"situation": cells[0], "activities": _bullet_lines(cells[1])}
                )
            elif cells[0]:
                rows.append({"situation": cells[0], "activities": [cells[0]]})
        rows = [r for r in rows if r["situation"] and r["activities"]]
        if not rows:
            return None
        self.report.replaced.append(" | ".join(table.rows[0]))
        anchor = self.anchors.claim(heading or "situationer")
        self.mapped(
            rows[0]["situation"],
            _("situation table (%(count)s rows)") % {"count": len(rows)},
        )
        return [
            (
                "situation_table",
                {
                    "heading": heading,
                    "anchor": anchor,
                    "intro": "",
                    "rows": rows,
                    "competences": [c[:MAX_ITEM] for c in competences],
                },
            )
        ]

    def worksheet(self, heading, table):
        groups = [cells[0] for cells in table.rows[1:] if cells and cells[0]]
        anchor = self.anchors.claim(heading or table.rows[0][0])
        self.mapped(table.rows[0][0], _("representative worksheet"))
        return [
            (
                "representative_worksheet",
                {
                    "heading": heading,
                    "anchor": anchor,
                    "intro": "",
                    "group_column": table.rows[0][0][:100],
                    "name_column": table.rows[0][1][:100],
                    "rows": [{"group": group[:255], "body": None} for group in groups],
                    "blank_rows": 0 if groups else 5,
                },
            )
        ]

    def glossary(self, heading, table):
        header = table.rows[0]
        if heading:  # the column headings stay as the source wrote them
            result = self.text_block(heading, [Paragraph(" – ".join(header))])
        else:
            result = self.text_block(header[0], [Paragraph(" – ".join(header[1:]))])
        for cells in table.rows[1:]:
            term, description = cells[0], cells[1] if len(cells) > 1 else ""
            if not term or not description or len(term) > 255:
                result += self.text_block("", [Paragraph(" – ".join(cells))])
                self.kept(" ".join(cells))
                continue
            link_text = cells[2] if len(cells) > 2 else ""
            self.mapped(term, _("glossary term"))
            result.append(
                (
                    "glossary_term",
                    {
                        "term": term,
                        "description": description,
                        "link": "",
                        "link_text": link_text[:255],
                    },
                )
            )
        return result

    def composition_table(self, heading, table, before, after):
        header = [c.lower() for c in table.rows[0]]
        count_at = header.index("antal")
        appointed_at = next((i for i, c in enumerate(header) if "utse" in c), None)
        rows, party = [], ""
        for cells in table.rows[1:]:
            cells = cells + [""] * (len(header) - len(cells))
            group, count = cells[0].strip(), cells[count_at].strip()
            if not count and group.endswith(":"):
                party = group.rstrip(":").strip()
                continue
            row = _counted_row(group, count)
            if row is None:
                return None
            row["party"] = party
            if appointed_at is not None:
                row["appointed_by"] = cells[appointed_at][:255]
            rows.append(row)
        if not rows:
            return None
        self.report.replaced.append(" | ".join(table.rows[0]))
        self.mapped(
            " ".join(table.rows[0]),
            _("composition table (%(count)s rows)") % {"count": len(rows)},
        )
        anchor = self.anchors.claim(heading or "sammansattning")
        notes = [e.text for e in after if isinstance(e, Paragraph | ListItem)]
        rest = [e for e in after if isinstance(e, Table)]
        result = [
            (
                "composition",
                {
                    "heading": heading,
                    "anchor": anchor,
                    "intro": facts.plain(before),
                    "rows": rows,
                    "notes": notes,
                },
            )
        ]
        return result + (self.text_block("", rest) if rest else [])


def _counted_row(group, count):
    if not group:
        return None
    match = re.match(r"^(\d+)(?:\s*,?\s*varav\s+(\d+)\s+(?:från\s+)?(.+))?$", count)
    row = {"group": group[:255], "appointed_by": "", "note": ""}
    if match:
        row["members"] = int(match[1])
        if match[2] and int(match[2]) <= row["members"]:
            row["of_which_count"], row["of_which_label"] = int(match[2]), match[3][:255]
        return row
    if count:
        row["members"], row["defined_by_role"] = None, count[:255]
        return row
    return None


def _bullet_lines(cell):
    lines = []
    for line in cell.split("\n"):
        line = line.strip()
        if not line:
            continue
        stripped = words_bullet(line)
        if stripped != line or not lines:
            lines.append(stripped[:MAX_ITEM])
        else:
            lines[-1] = f"{lines[-1]} {line}"[:MAX_ITEM]
    return lines


def words_bullet(line):
    return re.sub(r"^[•·▪\-–*]\s*", "", line)


def _merge_single_cells(rows):
    """Rows where a situation's activities were exported as a row of their own."""
    merged = []
    for cells in rows:
        if (
            merged
            and len(merged[-1]) == 1
            and len(cells) == 1
            and cells[0][:1] in "•·-"
        ):
            merged[-1] = [merged[-1][0], cells[0]]
        else:
            merged.append(list(cells))
    return merged
