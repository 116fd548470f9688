"""`manage.py load_demo`: the facts of the five source documents land in the right
pages and blocks, the command can run twice, and the demo users get their roles.

The demo is built once for the module inside a transaction that is rolled back at the
end; each test runs in a savepoint within it, so tests stay independent.
"""

import datetime
import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page, Site

from pages.models import (
    AccessibilityStatementPage,
    BodyPage,
    GlossaryPage,
    GuidancePage,
    HomePage,
    OrganisationPage,
    RoutinePage,
    SpecificationPage,
)

VG = "Hjälpmedel i Västra Götaland"
HALLAND = "Hjälpmedel i Halland"
JONKOPING = "Hjälpmedel i Jönköpings län"


@pytest.fixture(scope="module")
def demo_output(django_db_setup, django_db_blocker):
    """Build the demo once; roll it back after the module's last test."""
    with django_db_blocker.unblock(), transaction.atomic():
        output = io.StringIO()
        call_command("load_demo", stdout=output)
        yield output.getvalue()
        transaction.set_rollback(True)
    cache.clear()  # Wagtail caches the site's root paths


@pytest.fixture
def demo(demo_output, db):
    return demo_output


def body(title):
    return BodyPage.objects.get(title=title)


def blocks(page, block_type):
    return [child.value for child in page.content if child.block_type == block_type]


def one_block(page, block_type):
    (value,) = blocks(page, block_type)
    return value


def organisation_of(page):
    return page.get_ancestors().type(OrganisationPage).get().title


# --- the tree ----------------------------------------------------------------------


def test_home_page_is_the_default_sites_root_and_the_welcome_page_is_gone(demo):
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific.title == "Hjälpmedelssamverkan"
    assert not Page.objects.filter(title="Welcome to your new Wagtail site!").exists()
    organisations = OrganisationPage.objects.child_of(site.root_page).live()
    assert [o.title for o in organisations] == [VG, HALLAND, JONKOPING]


@pytest.mark.parametrize(
    ("model", "title", "organisation"),
    [
        (SpecificationPage, "Specifikation gällande samarbete och styrning", VG),
        (
            GuidancePage,
            "Stödmaterial för huvudmännen (regional och kommunal hälso- och sjukvård "
            "samt socialtjänst) vid organisering av hjälpmedelsfrågor",
            VG,
        ),
        (
            RoutinePage,
            "Tillämpningsanvisning: Samverkansstruktur inför GNHH beredning",
            HALLAND,
        ),
        (
            RoutinePage,
            "Anvisning: Vård- och omsorgsplanering i öppenvård och samverkan vid "
            "utskrivning från slutenvård",
            HALLAND,
        ),
        (
            SpecificationPage,
            "Regelverket Hjälpmedel i Jönköpings län – Samordning mellan "
            "hjälpmedelsområden",
            JONKOPING,
        ),
        (GlossaryPage, "Begrepp", VG),
    ],
)
def test_each_source_document_is_a_live_page_of_its_organisation(
    demo, model, title, organisation
):
    page = model.objects.get(title=title)
    assert page.live
    assert organisation_of(page) == organisation
    assert page.get_parent().specific_class is OrganisationPage


def test_every_page_is_live_and_has_a_published_revision(demo):
    pages = Page.objects.filter(depth__gt=1)
    # 26 Swedish pages (25 from the source documents and the accessibility
    # statement), 5 of them also in English (tests/i18n/test_demo_english.py).
    assert pages.filter(locale__language_code="sv").count() == 26
    assert not pages.filter(live=False).exists()
    assert not pages.filter(live_revision__isnull=True).exists()


def test_the_site_has_an_accessibility_statement_below_its_home_page(demo):
    statement = AccessibilityStatementPage.objects.get()
    assert statement.live
    assert statement.get_parent().specific_class is HomePage
    assert statement.contact_email
    assert "skärmläsare" in statement.known_issues


def test_bodies_sit_under_their_documents_with_their_relations(demo):
    specification = SpecificationPage.objects.get(slug="samarbete-och-styrning")
    bodies = BodyPage.objects.child_of(specification)
    assert [b.short_name or b.title for b in bodies] == [
        "SRO",
        "Politisk beredningsgrupp",
        "Ledningsråd Medicintekniska produkter",
        "Beredningsgrupper",
        "Hjälpmedelsforum",
        "Samordningsfunktion",
    ]
    council = body("Ledningsråd Medicintekniska produkter")
    groups = body("Beredningsgrupper")
    assert (groups.reports_to, groups.assignments_from) == (council, council)
    assert [child.title for child in BodyPage.objects.child_of(groups)] == [
        "Beredningsgrupp Handbok & Sortiment",
        "Beredningsgrupp Avtal & Utveckling",
        "Beredningsgrupp IT-stöd",
    ]
    political = body("Politisk beredningsgrupp")
    assert political.level == "political"
    assert political.reports_to.short_name == "SRO"
    assert political.assignments_from.short_name == "SRO"

    halland_routine = RoutinePage.objects.get(slug="samverkansstruktur-infor-gnhh")
    assert [b.title for b in BodyPage.objects.child_of(halland_routine)] == [
        "Hjälpmedelsråd",
        "Ekonomiråd",
        "Förskrivarråd",
    ]
    assert body("Förskrivarråd").reports_to == body("Hjälpmedelsråd")
    assert body("Hjälpmedelsråd").convener == "HMC"
    assert body("Ekonomiråd").convener == "Controller HMC"
    assert body("Tjänstemannagrupp för samordning").assignments_from == body(
        "Styrgrupp för hjälpmedel"
    )


# --- composition -------------------------------------------------------------------


def test_ledningsrad_composition_adds_up_to_the_stated_twelve(demo):
    composition = one_block(
        body("Ledningsråd Medicintekniska produkter"), "composition"
    )
    assert composition.total_members() == 12
    assert composition["stated_total"] == 12
    assert not composition.stated_total_mismatch()
    assert composition.totals_by_party() == [("VGK", 6, 0), ("VGR", 6, 0)]
    assert "alternerar vartannat år mellan VGR och VGK" in composition["chair_rule"]
    assert list(composition["co_opted"])
    assert "sekreterare" in composition["secretary"]


def test_hjalpmedelsforum_has_53_municipal_seats_of_which_5_goteborg(demo):
    composition = one_block(body("Hjälpmedelsforum"), "composition")
    rows = {row["group"]: row for row in composition["rows"]}
    municipalities = rows["Kommunerna i VG"]
    assert municipalities["members"] == 53
    assert municipalities["of_which_count"] == 5
    assert municipalities["of_which_label"] == "Göteborgs stad"
    assert rows["Länssjukvård"]["members"] == 8
    assert rows["Länssjukvård"]["party"] == "VGR"
    assert composition.total_members() == 75


def test_beredningsgrupper_composition_has_appointing_bodies(demo):
    composition = one_block(body("Beredningsgrupper"), "composition")
    assert [
        (r["group"], r["members"], r["appointed_by"]) for r in composition["rows"]
    ] == [
        ("Kommun", 5, "Kommunalförbunden och Göteborgs stad genom VästKom"),
        ("VGR", 5, "VGR via koncernledning Hälso- och sjukvård"),
        ("Hjälpmedelscentralen", 1, "Regionservice"),
    ]


def test_jonkoping_styrgrupp_has_five_municipal_and_two_county_seats(demo):
    composition = one_block(body("Styrgrupp för hjälpmedel"), "composition")
    assert composition.totals_by_party() == [("Kommunerna", 5, 0), ("Regionen", 2, 0)]
    assert composition["chair_rule"] == "Ordförande i styrgruppen utses av kommunerna."
    assert any("hjälpmedelscentralen" in role for role in composition["co_opted"])
    mandate = one_block(body("Styrgrupp för hjälpmedel"), "mandate")
    assert any(
        "smärre justeringar av regelverket mot brukarna" in item["decision"]
        for item in mandate["items"]
    )


def test_seats_defined_by_role_have_no_number(demo):
    council = one_block(body("Hjälpmedelsråd"), "composition")
    municipal = council["rows"][-1]
    assert municipal["members"] is None
    assert (
        municipal["defined_by_role"]
        == "av socialchef utsedd person från respektive kommun"
    )
    assert council.has_role_based_rows()

    coordination = one_block(body("Tjänstemannagrupp för samordning"), "composition")
    assert [row["group"] for row in coordination["rows"]][:2] == [
        "Audionommottagningarna",
        "Syncentralen",
    ]
    assert all(row["members"] is None for row in coordination["rows"])
    assert all(row["defined_by_role"] for row in coordination["rows"])


# --- mandate, working forms, competence, follow-up ---------------------------------


def test_it_support_mandate_has_a_money_limit(demo):
    mandate = one_block(body("Beredningsgrupper"), "mandate")
    (it_item,) = [item for item in mandate["items"] if item["topic"] == "IT-stöd"]
    assert it_item["money_limit"] == 50000
    assert it_item.has_money_limit()


def test_meeting_frequencies_are_numbers(demo):
    council = one_block(body("Ledningsråd Medicintekniska produkter"), "working_forms")
    assert (council["meetings_min"], council["meetings_max"]) == (6, None)
    assert "enighet" in council["decision_rule"]
    assert "återremitteras" in council["decision_rule"]
    assert "minst hälften" in council["quorum"]

    forum = one_block(body("Hjälpmedelsforum"), "working_forms")
    assert (forum["meetings_min"], forum["meetings_max"]) == (2, 3)
    assert "senast två veckor innan" in forum["notice"]

    groups = one_block(body("Beredningsgrupper"), "working_forms")
    assert (groups["meetings_min"], groups["meetings_max"]) == (6, 8)

    political = one_block(body("Politisk beredningsgrupp"), "working_forms")
    assert political["meetings_min"] == 4


def test_competence_criteria_and_nomination(demo):
    council = body("Ledningsråd Medicintekniska produkter")
    criteria = one_block(council, "competence_criteria")
    assert len(criteria["required_criteria"]) == 6
    assert "Kunskap om den politiska processen" in criteria["meritorious"]
    assert "Medicinsk kompetens" in criteria["at_least_one_member"]
    nomination = one_block(council, "nomination_process")
    assert [group["title"] for group in nomination["groups"]] == [
        "Ordförande samt vice ordförande",
        "Ledamöter",
    ]
    leaving = one_block(body("Hjälpmedelsforum"), "nomination_process")["leaving"]
    assert leaving.startswith("Representant aviserar")


def test_political_preparatory_group_reports_yearly_to_sro(demo):
    follow_up = one_block(body("Politisk beredningsgrupp"), "follow_up")
    assert follow_up["reports_to"] == "SRO"
    assert follow_up["frequency"] == "årligen"


# --- routines ----------------------------------------------------------------------


def test_application_instruction_has_standard_sections_and_yearly_review(demo):
    routine = RoutinePage.objects.get(slug="samverkansstruktur-infor-gnhh")
    assert routine.kind == "tillampningsanvisning"
    assert routine.review_interval_months == 12
    assert routine.next_review is not None
    kinds = [section["kind"] for section in blocks(routine, "standard_section")]
    assert kinds == [
        "link",
        "background",
        "implementation",
        "documentation",
        "communication",
        "follow_up",
    ]


def test_discharge_instruction_splits_statute_ids_from_titles(demo):
    routine = RoutinePage.objects.get(slug="vard-och-omsorgsplanering")
    assert routine.kind == "anvisning"
    assert "Hallands sjukhus" in routine.scope
    assert "Betalningsansvar tillagt" in routine.changes_since_previous
    references = one_block(routine, "legal_references")["items"]
    ids = [reference["statute_id"] for reference in references]
    for statute in (
        "Lag (2017:612)",
        "SOSFS 2011:9",
        "HSLF-FS 2017:40",
        "SFS 2014:821",
    ):
        assert statute in ids
    by_id = {reference["statute_id"]: reference["title"] for reference in references}
    assert by_id["Lag (2017:612)"].startswith("om samverkan vid utskrivning")
    assert not any(reference["title"].startswith("Lag (") for reference in references)
    assert "" in ids  # entries that name no statute keep the field empty
    anchors = [value.anchor() for value in (c.value for c in routine.content)]
    assert "betalningsansvar" in anchors
    assert len(anchors) == len(set(anchors))


# --- guidance and glossary ---------------------------------------------------------


def test_guidance_has_situation_tables_questions_and_worksheets(demo):
    guidance = GuidancePage.objects.get()
    tables = blocks(guidance, "situation_table")
    assert len(tables) == 5  # the two empty "xxx" templates are left out
    assert all(row["activities"] for table in tables for row in table["rows"])
    assert "Hjälpmedelssamordnare" in tables[0]["competences"]

    questions = one_block(guidance, "checklist")
    assert questions["kind"] == "questions"
    with_examples = [item for item in questions["items"] if item["sub_items"]]
    assert len(with_examples) == 1
    assert "Operativ ledning" in with_examples[0]["sub_items"]

    worksheet = blocks(guidance, "representative_worksheet")[0]
    linked = {row["group"]: row["body"] for row in worksheet["rows"]}
    assert linked["Ledningsrådet"].specific == body(
        "Ledningsråd Medicintekniska produkter"
    )
    assert linked["Beredningsgrupp IT-stöd"].title == "Beredningsgrupp IT-stöd"
    assert linked["Beredningsgrupp Förbrukningsartiklar"] is None


def test_glossary_holds_the_terms(demo):
    glossary = GlossaryPage.objects.get()
    terms = [term["term"] for term in glossary.terms()]
    assert "Huvudman" in terms
    assert "Hjälpmedel" in terms
    assert len(terms) == 7


# --- text hygiene, dates, idempotence ----------------------------------------------


def test_no_word_debris_in_any_page(demo):
    for page in Page.objects.filter(depth__gt=1).specific():
        assert "[bookmark" not in json.dumps(
            page.serializable_data(), cls=DjangoJSONEncoder
        ), page.title


def test_source_dates_become_last_published(demo):
    vg = SpecificationPage.objects.get(slug="samarbete-och-styrning")
    assert timezone.localtime(vg.last_published_at).date() == datetime.date(2019, 5, 10)
    assert timezone.localtime(vg.last_published_at).strftime("%H:%M") == "12:13"
    assert vg.live_revision is not None
    jonkoping = SpecificationPage.objects.get(
        slug="samordning-mellan-hjalpmedelsomraden"
    )
    assert timezone.localtime(jonkoping.last_published_at).date() == datetime.date(
        2018, 9, 28
    )


def test_running_again_changes_nothing(demo):
    pages, revisions = Page.objects.count(), BodyPage.objects.first().revisions.count()
    output = io.StringIO()
    call_command("load_demo", stdout=output)
    assert Page.objects.count() == pages
    assert BodyPage.objects.first().revisions.count() == revisions
    assert "0 created, 0 updated, 26 unchanged" in output.getvalue()
    assert get_user_model().objects.filter(username="redaktor").count() == 1


def test_a_changed_page_gets_a_new_revision(demo):
    forum = body("Hjälpmedelsforum")
    forum.introduction = "<p>Ändrad av en redaktör.</p>"
    forum.save_revision().publish()
    output = io.StringIO()
    call_command("load_demo", "--no-users", stdout=output)
    assert "Västra Götaland: Hjälpmedelsforum … updated" in output.getvalue()
    assert "Hjälpmedelsforum utgör ett forum" in body("Hjälpmedelsforum").introduction
    assert "Password" not in output.getvalue()


def test_progress_lines_name_organisation_and_page(demo):
    assert "Västra Götaland: Ledningsråd Medicintekniska produkter … created" in demo
    assert "demo credentials" in demo


# --- users -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("username", "group", "organisation"),
    [
        ("redaktor", "VG: Redaktörer", "vastra-gotaland"),
        ("beredare", "VG: Beredare", "vastra-gotaland"),
        ("beslutsfattare", "VG: Beslutsfattare", "vastra-gotaland"),
        ("redaktor-halland", "Halland: Redaktörer", "halland"),
    ],
)
def test_role_users_are_in_their_organisations_groups(
    demo, username, group, organisation
):
    user = get_user_model().objects.get(username=username)
    assert [g.name for g in user.groups.all()] == [group]
    assert user.has_perm("wagtailadmin.access_admin")
    assert not user.is_superuser
    granted = GroupPagePermission.objects.filter(group__name=group)
    assert {p.page.slug for p in granted} == {organisation}
    # Nobody but the workflow publishes.
    assert {p.permission.codename for p in granted} == {
        "add_page",
        "change_page",
        "lock_page",
    }
    assert f"demo-{username}-2026" in demo
    assert user.check_password(f"demo-{username}-2026")


def test_admin_is_a_superuser(demo):
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.is_staff
    assert admin.check_password("demo-admin-2026")
