"""What `makemessages` would find, in pure Python (no GNU gettext needed).

Templates go through Django's own `templatize` (what makemessages feeds to xgettext),
code through Babel's Python extractor with Django's gettext keywords. The checks for
unmarked text look where readers and editors see text: template text and visible
attributes, and the labels, help texts, headings, choices and errors in code.
"""

import ast
import io
import re
from html.parser import HTMLParser
from pathlib import Path

from babel.messages.extract import DEFAULT_KEYWORDS, extract
from django.template.base import Lexer, TokenType
from django.utils.translation.template import templatize

ROOT = Path(__file__).resolve().parents[2]
# As in docs/translations.md: makemessages --ignore these.
IGNORED = {".venv", "var", "tests", "node_modules", ".git", "test-artefacts", "docs"}

KEYWORDS = {
    **DEFAULT_KEYWORDS,
    "gettext_lazy": None,
    "gettext_noop": None,
    "pgettext_lazy": ((1, "c"), 2),
    "ngettext_lazy": (1, 2),
    "npgettext_lazy": ((1, "c"), 2, 3),
}


def source_files(suffixes):
    for path in sorted(ROOT.rglob("*")):
        relative = path.relative_to(ROOT)
        if relative.parts[0] in IGNORED or path.suffix not in suffixes:
            continue
        if path.is_file():
            yield path


def template_files():
    for path in source_files({".html", ".txt", ".xml"}):
        if "templates" in path.relative_to(ROOT).parts:
            yield path


def python_files():
    """Code whose strings readers or editors see (not migrations, demo content or
    the benchmark)."""
    for path in source_files({".py"}):
        parts = path.relative_to(ROOT).parts
        if "migrations" in parts or "demo" in parts or "bench" in parts:
            continue
        yield path


def extracted_messages():
    """{(msgctxt, msgid)} for every marked string, as makemessages collects them."""
    found = set()
    for path in source_files({".py", ".html", ".txt"}):
        text = path.read_text(encoding="utf-8")
        if path.suffix != ".py":
            # templatize keeps line structure but not Python indentation.
            lines = templatize(text, origin=str(path)).splitlines()
            text = "\n".join(line.lstrip() for line in lines)
        for _lineno, message, _comments, context in extract(
            "python", io.BytesIO(text.encode("utf-8")), keywords=KEYWORDS
        ):
            msgid = message[0] if isinstance(message, tuple) else message
            found.add((context, msgid))
    return found


# Template text -------------------------------------------------------------

PLACEHOLDER = "\x01"  # not a word character, allowed in tag names (<h{{ level }}>)
WORD = re.compile(r"[^\W\d_]{2,}")
# Attribute names in a fragment of attributes ({% include %}d into a tag).
ATTRIBUTE_NAME = re.compile(r"""[\w:.-]+\s*=\s*["']?""")
VISIBLE_ATTRIBUTES = {
    "alt",
    "title",
    "aria-label",
    "placeholder",
    "aria-roledescription",
}
OPENING = {"blocktrans", "blocktranslate", "comment", "verbatim"}
CLOSING = {"end" + name for name in OPENING}


class _VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._hidden += 1
        description = tag == "meta" and dict(attrs).get("name") == "description"
        for name, value in attrs:
            if value and (
                name in VISIBLE_ATTRIBUTES or (description and name == "content")
            ):
                self.texts.append(value)

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden:
            self.texts.append(data)


def unmarked_template_text(path):
    """Words in a template that no {% translate %} or {% blocktranslate %} covers.

    Template variables and tags count as marked (they render translated values);
    `{% block …_class %}` holds CSS class names.
    """
    pieces = []
    blocks = []
    translating = 0
    for token in Lexer(path.read_text(encoding="utf-8")).tokenize():
        if token.token_type == TokenType.BLOCK:
            name, *args = token.split_contents()
            if name in OPENING:
                translating += 1
            elif name in CLOSING:
                translating -= 1
            elif name == "block":
                blocks.append(args[0] if args else "")
            elif name == "endblock" and blocks:
                blocks.pop()
            pieces.append(PLACEHOLDER)
        elif token.token_type == TokenType.VAR:
            pieces.append(PLACEHOLDER)
        elif (
            token.token_type == TokenType.TEXT
            and not translating
            and not (blocks and blocks[-1].endswith("_class"))
        ):
            pieces.append(token.contents)
    parser = _VisibleText()
    parser.feed("".join(pieces))
    parser.close()
    return [
        piece.strip()
        for text in parser.texts
        for piece in text.split(PLACEHOLDER)
        if WORD.search(ATTRIBUTE_NAME.sub("", piece))
    ]


# Code ----------------------------------------------------------------------

LABEL_KEYWORDS = {
    "verbose_name",
    "verbose_name_plural",
    "help_text",
    "label",
    "heading",
    "placeholder",
    "empty_label",
}
ERRORS = {"ValidationError", "PermissionDenied", "Http404"}
MESSAGE_LEVELS = {"debug", "info", "success", "warning", "error"}
CHOICES = {"TextChoices", "IntegerChoices", "Choices"}


def _is_text(node):
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and any(character.isalpha() for character in node.value)
    )


def _name(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def unmarked_code_text(path):
    """(line, what) for labels, help texts, choices, errors and admin messages
    given as plain strings instead of gettext calls."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            function = _name(node.func)
            if function == "add_argument":  # command-line help is for developers
                continue
            for keyword in node.keywords:
                if keyword.arg in LABEL_KEYWORDS and _is_text(keyword.value):
                    found.append((node.lineno, f"{function}({keyword.arg}=…)"))
            if function in ERRORS and node.args and _is_text(node.args[0]):
                found.append((node.lineno, f"{function}(…)"))
            if (
                function in MESSAGE_LEVELS
                and _name(getattr(node.func, "value", None)) == "messages"
                and len(node.args) > 1
                and _is_text(node.args[1])
            ):
                found.append((node.lineno, f"messages.{function}(…)"))
        elif isinstance(node, ast.ClassDef):
            bases = {_name(base) for base in node.bases}
            for statement in node.body:
                if not isinstance(statement, ast.Assign):
                    continue
                targets = {_name(target) for target in statement.targets}
                value = statement.value
                labels = targets & LABEL_KEYWORDS
                if node.name == "Meta" and labels and _is_text(value):
                    found.append((statement.lineno, f"Meta.{min(labels)}"))
                if (
                    bases & CHOICES
                    and isinstance(value, ast.Tuple)
                    and value.elts
                    and _is_text(value.elts[-1])
                ):
                    found.append((statement.lineno, f"{node.name} choice label"))
    return found
