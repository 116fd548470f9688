"""Creates or updates the demo pages from their specs, and makes the home page the
default Site's root.

Pages are found by slug under their parent. A new page is added with
`parent.add_child(instance=...)` and published; an existing page whose fields differ
from its spec gets a new published revision; an unchanged page is left alone, so a
second run publishes nothing.
"""

import re

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from wagtail.fields import StreamField
from wagtail.models import Page, Site

from governance_blocks.base import with_blank_texts
from pages.models import ChangeLogEntry, ChangeType

from .spec import PageSpec, Ref

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"
FIRST_SUMMARY = "Första publicering: texten överförd från källdokumentet."
UPDATE_SUMMARY = "Demoinnehållet uppdaterat."

#: Wagtail's initial page, replaced by the demo home page.
WELCOME_TITLE = "Welcome to your new Wagtail site!"

_PAGE_LINK_MARK = re.compile(r"\{\{page:([a-z0-9-]+)\}\}")


class DemoBuilder:
    def __init__(self, write=print):
        self.write = write
        self.pages = {}
        self.outcomes = []

    # --- the site --------------------------------------------------------------

    def build_site(self, home_spec):
        """Build the home page and everything below it; serve it as the default Site."""
        root = Page.get_first_root_node()
        existing = self._find_home(root, home_spec)
        home = self.build(home_spec, root, existing=existing, label="Site", deep=False)
        self._make_default_site_root(home)
        self._delete_stock_welcome_page(root)
        for child in home_spec.children:
            self.build(child, home)
        return home

    def _find_home(self, root, spec):
        """The default Site's root if it already is a home page of this type,
        else the page with the spec's slug under the tree root."""
        site = Site.objects.filter(is_default_site=True).first()
        if site and site.root_page.specific_class is spec.model:
            return site.root_page.specific
        return self._child_by_slug(root, spec.slug)

    def _make_default_site_root(self, home):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost", port=80, root_page=home, is_default_site=True
            )
            self.write(f"Site: localhost now serves '{home.title}'")
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.save()
            self.write(f"Site: {site.hostname}:{site.port} now serves '{home.title}'")

    def _delete_stock_welcome_page(self, root):
        """Remove Wagtail's 'Welcome' page if nobody has touched it."""
        page_type = ContentType.objects.get_for_model(Page)
        for welcome in root.get_children().filter(
            content_type=page_type, title=WELCOME_TITLE, numchild=0
        ):
            if not Site.objects.filter(root_page=welcome).exists():
                welcome.delete()
                self.write("Site: Wagtail's welcome page … deleted")

    # --- pages -----------------------------------------------------------------

    def build(self, spec: PageSpec, parent, existing=None, label="", deep=True):
        """Create or update the page for `spec` under `parent`, then (if `deep`)
        its children."""
        label = spec.label or label
        page = existing or self._child_by_slug(parent, spec.slug)
        if page is None:
            page = self._create(spec, parent)
            outcome = CREATED
        elif self._apply(spec, page) or not page.live:
            self._publish(page)
            outcome = UPDATED
        else:
            outcome = UNCHANGED
        if outcome != UNCHANGED and spec.published_at:
            self._backdate(page, spec.published_at)
        if spec.key:
            self.pages[spec.key] = page
        self.outcomes.append(outcome)
        self.write(f"{label}: {spec.title} … {outcome}")
        for child in spec.children if deep else ():
            self.build(child, page, label=label)
        return page

    def _create(self, spec, parent):
        page = spec.model(title=spec.title, slug=spec.slug)
        page.show_in_menus = spec.model.show_in_menus_default
        self._apply(spec, page)
        self._validate_streams(page)
        page.change_summary = FIRST_SUMMARY
        parent.add_child(instance=page)  # saves the page, running full_clean()
        page.save_revision().publish()
        return page

    def _publish(self, page):
        self._validate_streams(page)
        page.change_type = ChangeType.EDITORIAL
        page.change_summary = UPDATE_SUMMARY
        page.full_clean()
        page.save_revision().publish()

    @staticmethod
    def _backdate(page, when):
        """Show the source document's own 'last updated' date; the revision stays."""
        Page.objects.filter(pk=page.pk).update(
            first_published_at=when, last_published_at=when
        )
        ChangeLogEntry.objects.filter(page_id=page.pk, version=1).update(
            published_at=when
        )
        page.first_published_at = page.last_published_at = when

    @staticmethod
    def _child_by_slug(parent, slug):
        child = parent.get_children().filter(slug=slug).first()
        return child.specific if child else None

    # --- fields ----------------------------------------------------------------

    def _apply(self, spec, page):
        """Set the spec's values on `page`; return whether anything changed."""
        values = {"title": spec.title, **spec.fields}
        if spec.content or _has_content_stream(page):
            values["content"] = spec.content
        changed = False
        for name, value in values.items():
            model_field = page._meta.get_field(name)
            if isinstance(model_field, StreamField):
                changed |= self._set_stream(page, model_field, value)
            elif isinstance(model_field, models.ForeignKey):
                target = self._resolve_ref(value)
                if getattr(page, model_field.attname) != (
                    target.pk if target else None
                ):
                    setattr(page, name, target)
                    changed = True
            else:
                value = self._resolve_marks(value)
                if getattr(page, name) != value:
                    setattr(page, name, value)
                    changed = True
        return changed

    def _set_stream(self, page, model_field, raw):
        raw = with_blank_texts(model_field.stream_block, self._resolve_block_value(raw))
        new_value = model_field.to_python(raw)
        old_value = getattr(page, model_field.name)
        if page.pk and _comparable(model_field, old_value) == _comparable(
            model_field, new_value
        ):
            return False
        setattr(page, model_field.name, new_value)
        return True

    @staticmethod
    def _validate_streams(page):
        """Run the StreamBlocks' own validation, which Model.full_clean() skips."""
        for model_field in page._meta.get_fields():
            if isinstance(model_field, StreamField):
                value = getattr(page, model_field.name)
                try:
                    model_field.stream_block.clean(value)
                except ValidationError as error:
                    message = f"{page.title}: invalid '{model_field.name}'"
                    raise ValidationError(f"{message}: {_describe(error)}") from error

    # --- references ------------------------------------------------------------

    def _page(self, key):
        try:
            return self.pages[key]
        except KeyError:
            raise LookupError(
                f"The demo data refers to '{key}' before that page is built; "
                "list it earlier."
            ) from None

    def _resolve_ref(self, value):
        return self._page(value.key) if isinstance(value, Ref) else value

    def _resolve_marks(self, value):
        if isinstance(value, str) and "{{page:" in value:
            return _PAGE_LINK_MARK.sub(
                lambda match: str(self._page(match[1]).pk), value
            )
        return value

    def _resolve_block_value(self, value):
        """Block values in JSON shape, with Refs turned into page ids."""
        if isinstance(value, Ref):
            return self._page(value.key).pk
        if isinstance(value, dict):
            return {k: self._resolve_block_value(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self._resolve_block_value(v) for v in value]
        return self._resolve_marks(value)


def _has_content_stream(page):
    return any(
        isinstance(f, StreamField) and f.name == "content"
        for f in page._meta.get_fields()
    )


def _comparable(model_field, stream_value):
    """A stream's data without the generated block ids, to compare content."""
    for _child in stream_value:  # convert every child, so lists take the block format
        pass
    return _without_ids(model_field.stream_block.get_prep_value(stream_value))


def _without_ids(data):
    """Drop every "id" key: stream children and list items carry generated ids, and
    no block in governance_blocks has a field of that name."""
    if isinstance(data, dict):
        return {k: _without_ids(v) for k, v in data.items() if k != "id"}
    if isinstance(data, list):
        return [_without_ids(item) for item in data]
    return data


def _describe(error):
    """A one-line account of a (possibly nested) block validation error."""
    if hasattr(error, "as_json_data"):
        return str(error.as_json_data())
    return "; ".join(error.messages)
