"""Generated block values through the page editor's own form, and a few through
real posts to the admin edit view: never an error, never data written when the
input is invalid.

Examples: 250 body, 150 routine, 150 guidance, 60 specification and 60 glossary
streams through the form, and 15 posts to the edit view: 685 streams of up to
eight blocks each, over 2,000 top-level block values holding over 10,000 field
values (texts, numbers, dates, choices, ids, rich text). The last test asserts the
counts."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from hypothesis import HealthCheck, Phase, given, settings
from wagtail.models import Page, Revision

from pages.models import (
    BodyPage,
    ChangeLogEntry,
    GlossaryPage,
    GuidancePage,
    RoutinePage,
    SpecificationPage,
)
from tests.factories import (
    BodyPageFactory,
    GlossaryPageFactory,
    GuidancePageFactory,
    RoutinePageFactory,
)
from tests.properties.strategies import base_data, form_data

EXAMPLES = {
    "body": 250,
    "routine": 150,
    "guidance": 150,
    "specification": 60,
    "glossary": 60,
    "http": 15,
}
COUNTED = dict.fromkeys(EXAMPLES, 0)
#: Values posted, all page types together: top-level blocks, and the field values
#: inside them.
POSTED = {"blocks": 0, "fields": 0}
MINIMUM = {"blocks": 2_000, "fields": 10_000}
_STRUCTURE = ("-count", "-type", "-deleted", "-order", "-id")


def count_posted(stream_data):
    POSTED["blocks"] += int(stream_data["content-count"])
    POSTED["fields"] += sum(not key.endswith(_STRUCTURE) for key in stream_data)


SETTINGS = {
    "deadline": None,
    "database": None,
    # No shrinking: a failure is reported as generated, within the time budget.
    "phases": [Phase.explicit, Phase.generate],
    "suppress_health_check": [
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
}


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser(
        "hostile-admin", "hostile@example.se", "pw"
    )


@pytest.fixture
def pages(specification, organisation):
    return {
        "body": BodyPageFactory(parent=specification, slug="organ"),
        "routine": RoutinePageFactory(parent=organisation, slug="rutin"),
        "guidance": GuidancePageFactory(parent=organisation, slug="stod"),
        "specification": specification,
        "glossary": GlossaryPageFactory(parent=organisation, slug="begrepp"),
    }


def counts():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        ChangeLogEntry.objects.count(),
    )


def check_form(kind, page, user, stream_data):
    page = page.specific
    form_class = page.get_edit_handler().get_form_class()
    data = {**base_data(page, form_class), **stream_data}
    before = counts()
    form = form_class(data, instance=page, for_user=user, parent_page=page.get_parent())
    form.is_valid()
    assert counts() == before
    COUNTED[kind] += 1
    count_posted(stream_data)


def stream_strategy(kind, page_ids=()):
    model = {
        "body": BodyPage,
        "routine": RoutinePage,
        "guidance": GuidancePage,
        "specification": SpecificationPage,
        "glossary": GlossaryPage,
    }[kind]
    block = model._meta.get_field("content").stream_block
    return form_data(block, "content", page_ids=page_ids)


def make_form_test(kind):
    @settings(max_examples=EXAMPLES[kind], **SETTINGS)
    @given(stream_data=stream_strategy(kind, page_ids=(1, 2, 3, 999999)))
    def test(editor, pages, stream_data):
        check_form(kind, pages[kind], editor, stream_data)

    test.__name__ = f"test_{kind}_stream_through_the_edit_form"
    test.__doc__ = f"{EXAMPLES[kind]} generated {kind} streams: validation only."
    return test


test_body_stream_through_the_edit_form = make_form_test("body")
test_routine_stream_through_the_edit_form = make_form_test("routine")
test_guidance_stream_through_the_edit_form = make_form_test("guidance")
test_specification_stream_through_the_edit_form = make_form_test("specification")
test_glossary_stream_through_the_edit_form = make_form_test("glossary")


@settings(max_examples=EXAMPLES["http"], **SETTINGS)
@given(stream_data=stream_strategy("body", page_ids=(1, 999999)))
def test_body_stream_posted_to_the_edit_view(client, editor, pages, stream_data):
    """The admin's edit view answers a page or a redirect, never an error; it
    saves a revision only when the form is valid."""
    page = Page.objects.get(pk=pages["body"].pk).specific
    form_class = page.get_edit_handler().get_form_class()
    data = {
        **base_data(page, form_class),
        **stream_data,
        "loaded_revision_id": page.latest_revision_id,
        "loaded_revision_created_at": page.latest_revision.created_at.isoformat(),
    }
    client.force_login(editor)
    pages_before, revisions_before, entries_before = counts()
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code in {200, 302}
    pages_after, revisions_after, entries_after = counts()
    assert (pages_after, entries_after) == (pages_before, entries_before)
    # A redirect means saved (one revision), the form again means invalid (none).
    saved = response.status_code == 302
    assert revisions_after == revisions_before + (1 if saved else 0)
    COUNTED["http"] += 1
    count_posted(stream_data)


def test_examples_were_generated():
    """Runs after the tests above (pytest keeps file order): every generated
    stream was checked, with at least the MINIMUM of values."""
    ran = {kind: count for kind, count in COUNTED.items() if count}
    assert ran == {kind: EXAMPLES[kind] for kind in ran}
    if len(ran) == len(EXAMPLES):  # the whole module ran, not a selection (-k)
        assert POSTED["blocks"] >= MINIMUM["blocks"]
        assert POSTED["fields"] >= MINIMUM["fields"]
