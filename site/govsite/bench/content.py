"""The benchmark's pages: a governance body page and a plain page with the same text.

The plain page's text is taken from the rendered body page blocks, so that the two
differ in how the text is modelled and rendered, not in how much of it there is.
"""

from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser

from django.utils import translation
from wagtail.models import Page, Site
from wagtail.rich_text import expand_db_html

from govsite.models import PlainPage
from pages.models import (
    BodyForm,
    BodyLevel,
    BodyPage,
    BodyRole,
    HomePage,
    OrganisationPage,
    SpecificationPage,
)

from . import ledningsrad


@dataclass(frozen=True)
class BenchContent:
    home: HomePage
    body_page: BodyPage
    plain_page: PlainPage
    body_text_length: int
    plain_text_length: int


def build_bench_content():
    """Create and publish home → organisation → specification → {body, plain} page."""
    home = _publish(
        Page.get_first_root_node(),
        HomePage(title="Hjälpmedelssamverkan", slug="bench-home"),
    )
    organisation = _publish(
        home,
        OrganisationPage(
            title="Hjälpmedel i Västra Götaland",
            slug="vg",
            short_name="VG",
            region="Västra Götaland",
            members="Västra Götalandsregionen\nKommunerna i Västra Götaland",
        ),
    )
    specification = _publish(
        organisation,
        SpecificationPage(
            title="Specifikation gällande samarbete och styrning",
            slug="specifikation",
            owner_name="Samarbetsorganisationen",
        ),
    )
    body_page = BodyPage(
        title=ledningsrad.TITLE,
        slug="ledningsrad",
        short_name="Ledningsrådet",
        level=BodyLevel.OFFICIALS,
        role=BodyRole.DECIDES,
        form=BodyForm.COUNCIL,
    )
    stream_block = body_page.content.stream_block
    # clean() raises if the data no longer fits the block definitions.
    body_page.content = stream_block.clean(stream_block.to_python(ledningsrad.STREAM))
    body_page = _publish(specification, body_page)

    with translation.override(body_page.locale.language_code):
        body_html = body_page.content.render_as_block(context={"page": body_page})
    plain_page = _publish(
        specification,
        PlainPage(
            title=ledningsrad.TITLE,
            slug="ledningsrad-plain",
            body=rich_text_from_html(body_html),
        ),
    )
    return BenchContent(
        home=home,
        body_page=body_page,
        plain_page=plain_page,
        body_text_length=len(visible_text(body_html)),
        plain_text_length=len(visible_text(expand_db_html(plain_page.body))),
    )


def serve_from_default_site(home):
    """Make `home` the root of the default Site, which answers any host name."""
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()


def visible_text(html):
    """The text a reader sees, whitespace collapsed, one space between blocks."""
    return " ".join(text for _kind, text in _text_blocks(html))


def rich_text_from_html(html):
    """Rich text holding the visible text of `html`: headings, list items and
    paragraphs, as an editor typing the same text into one rich-text field would."""
    parts = []
    in_list = False
    for kind, text in _text_blocks(html):
        if (kind == "li") != in_list:
            parts.append("<ul>" if kind == "li" else "</ul>")
            in_list = kind == "li"
        parts.append(f"<{kind}>{escape(text, quote=False)}</{kind}>")
    if in_list:
        parts.append("</ul>")
    return "".join(parts)


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _text_blocks(html):
    parser = _TextBlockParser()
    parser.feed(html)
    parser.close()
    return parser.blocks


class _TextBlockParser(HTMLParser):
    """Splits HTML into (kind, text) blocks: kind is 'h2', 'h3', 'li' or 'p'.

    Text a sighted reader does not read is left out: scripts and styles,
    `visually-hidden` text for screen readers and `aria-hidden` decoration.
    A table row becomes one paragraph, its cells separated by spaces.
    """

    BLOCK_TAGS = frozenset(
        {
            "address", "article", "aside", "blockquote", "caption", "dd", "div",
            "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "li", "ol", "p", "section", "summary", "table",
            "tbody", "tfoot", "thead", "tr", "ul",
        }
    )  # fmt: skip
    HIDDEN_TAGS = frozenset({"script", "style", "template"})
    VOID_TAGS = frozenset(
        {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
         "source", "track", "wbr"}
    )  # fmt: skip

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []
        self._open = []
        self._parts = []
        self._hidden = 0  # depth inside an element whose text is left out

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID_TAGS:
            if tag == "br":
                self._parts.append(" ")
        elif self._hidden or self._is_hidden(tag, dict(attrs)):
            self._hidden += 1
        elif tag in self.BLOCK_TAGS:
            self._flush()
            self._open.append(tag)
        elif tag in ("td", "th"):
            self._parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.VOID_TAGS:
            return
        if self._hidden:
            self._hidden -= 1
        elif tag in self.BLOCK_TAGS:
            self._flush()
            if tag in self._open:
                del self._open[len(self._open) - 1 - self._open[::-1].index(tag) :]

    def handle_data(self, data):
        if not self._hidden:
            self._parts.append(data)

    def close(self):
        super().close()
        self._flush()

    def _is_hidden(self, tag, attrs):
        return (
            tag in self.HIDDEN_TAGS
            or attrs.get("aria-hidden") == "true"
            or "visually-hidden" in (attrs.get("class") or "").split()
        )

    def _flush(self):
        text = " ".join("".join(self._parts).split())
        self._parts = []
        if text:
            self.blocks.append((self._kind(), text))

    def _kind(self):
        """Headings stay headings, list items stay list items (unless a nested
        block such as a definition inside an item holds the text)."""
        for tag in reversed(self._open):
            if tag in ("h1", "h2"):
                return "h2"
            if tag in ("h3", "h4", "h5", "h6"):
                return "h3"
            if tag == "li":
                return "li"
            if tag in ("dt", "dd", "caption", "p"):
                return "p"
        return "p"
