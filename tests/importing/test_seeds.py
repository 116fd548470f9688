"""Each seed document imports into drafts whose blocks hold its facts, and no word
of the source is lost."""

import datetime

import pytest

from pages.models import (
    BodyPage,
    ChangeLogEntry,
    GuidancePage,
    ImportedDocument,
    RoutinePage,
    SpecificationPage,
)

from .conftest import (
    blocks_of,
    draft,
    draft_text,
    run_import,
    seed,
    source_words,
    words_of,
)

TITLES = {
    "000": "Samverkansstruktur inför GNHH",
    "004": "Vård- och utskrivningsplanering",
}


def import_seed(organisation, number, **kwargs):
    name, data = seed(number)
    return run_import(organisation, name, data, title=TITLES.get(number, ""), **kwargs)


def body(report, start):
    return next(p for p in report.created_pages if p.title.startswith(start))


@pytest.mark.django_db
@pytest.mark.parametrize("number", ["000", "001", "002", "003", "004"])
def test_every_word_of_the_source_is_in_the_drafts(organisation, number):
    report = import_seed(organisation, number)
    name, data = seed(number)
    missing = source_words(name, data) - words_of(draft_text(report.created_pages))
    # Column headings of recognised tables ("Antal") are shown by the block's own
    # headings; the report lists them.
    assert not missing - words_of(" ".join(report.replaced))
    for page in report.created_pages:
        assert not page.live
        assert page.has_unpublished_changes
        assert page.revisions.count() == 1
        assert page.change_type == "substantive"
        assert page.change_summary.startswith("Importerad från seed_")
    created = [page.pk for page in report.created_pages]
    assert not ChangeLogEntry.objects.filter(page_id__in=created).exists()


def test_seed_003_specification_with_its_bodies(organisation):
    report = import_seed(organisation, "003")
    spec = report.created_pages[0]
    assert isinstance(spec.specific, SpecificationPage)
    assert spec.title == "Specifikation gällande samarbete och styrning"
    bodies = {p.title for p in spec.get_children().type(BodyPage)}
    assert {"Ledningsråd Medicintekniska produkter", "Hjälpmedelsforum"} <= bodies
    assert "Politisk beredningsgrupp" in bodies

    council = body(report, "Ledningsråd")
    [composition] = blocks_of(council, "composition")
    rows = [(row["group"], row["members"]) for row in composition["rows"]]
    assert rows == [
        ("Ledamöterna från kommunerna i Västra Götaland", 5),
        ("Ledamöterna från VGR", 5),
    ]
    assert composition["stated_total"] == 12
    assert "alternerar vartannat år" in composition["chair_rule"]
    [working_forms] = blocks_of(council, "working_forms")
    assert working_forms["meetings_min"] == 6
    assert "enighet" in working_forms["decision_rule"]
    assert len(blocks_of(council, "responsibilities")[0]["items"]) == 11

    groups = body(report, "Beredningsgrupper")
    [mandate] = blocks_of(groups, "mandate")
    limits = {item["money_limit"] for item in mandate["items"]}
    assert limits == {None, 50000}
    it_item = next(i for i in mandate["items"] if i["money_limit"])
    assert "IT-stöd" in it_item["decision"]
    [table] = blocks_of(groups, "composition")
    assert [(r["group"], r["members"], r["appointed_by"]) for r in table["rows"]][
        2
    ] == (
        "Hjälpmedelscentralen",
        1,
        "Regionservice",
    )
    forum = blocks_of(body(report, "Hjälpmedelsforum"), "composition")[0]
    first = forum["rows"][0]
    assert (first["members"], first["of_which_count"]) == (53, 5)
    assert forum["rows"][1]["party"] == "VGR"
    assert sum(r["members"] for r in forum["rows"]) == 53 + 5 + 5 + 1 + 2 + 8 + 1

    assert draft(body(report, "Politisk beredningsgrupp")).level == "political"
    assert draft(council).level == "officials"
    assert draft(body(report, "Det politiska")).short_name == "SRO"
    record = ImportedDocument.objects.get()
    assert record.source_updated == datetime.date(2019, 5, 10)
    assert "Senast uppdaterad: 2019-05-10" in draft(spec).change_summary


def test_seed_002_steering_group_from_running_text(organisation):
    report = import_seed(organisation, "002")
    steering = body(report, "Styrgrupp")
    [composition] = blocks_of(steering, "composition")
    assert [(r["group"], r["members"]) for r in composition["rows"]] == [
        ("Representanter från länets kommuner", 5),
        ("Representanter från Landstinget", 2),
    ]
    assert any("adjungerad" in role for role in composition["co_opted"])
    assert "utses av kommunerna" in composition["chair_rule"]
    [mandate] = blocks_of(steering, "mandate")
    assert "smärre justeringar" in mandate["items"][0]["decision"]
    assert ImportedDocument.objects.get().source_updated == datetime.date(2018, 9, 28)


def test_seed_000_routine_defines_three_councils(organisation):
    report = import_seed(organisation, "000")
    routine = draft(report.created_pages[0])
    assert isinstance(routine, RoutinePage)
    assert routine.kind == "tillampningsanvisning"
    assert "process och struktur för samverkan" in routine.purpose
    assert routine.review_interval_months == 12
    kinds = [s["kind"] for s in blocks_of(routine, "standard_section")]
    assert kinds == [
        "link",
        "background",
        "implementation",
        "documentation",
        "communication",
        "follow_up",
    ]
    councils = {p.title: draft(p) for p in routine.get_children().type(BodyPage)}
    assert set(councils) == {"Hjälpmedelsråd", "Ekonomiråd", "Förskrivarråd"}
    assert councils["Ekonomiråd"].convener == "Controller HMC"
    assert councils["Hjälpmedelsråd"].form == "council"


def test_seed_001_guidance_tables(organisation):
    report = import_seed(organisation, "001")
    [guidance] = report.created_pages
    assert isinstance(guidance.specific, GuidancePage)
    situations = blocks_of(guidance, "situation_table")
    first = situations[0]
    assert first["rows"][0]["situation"].startswith("Ett behov av ett nytt hjälpmedel")
    assert (
        first["rows"][0]["activities"][-1] == "Skicka in ansökan om ändring i handbok."
    )
    assert "Hjälpmedelssamordnare" in first["competences"]
    worksheets = blocks_of(guidance, "representative_worksheet")
    assert worksheets[0]["rows"][0]["group"] == "Ledningsrådet"
    assert worksheets[1]["blank_rows"] == 5
    terms = [term["term"] for term in blocks_of(guidance, "glossary_term")]
    assert "Huvudman" in terms
    questions = blocks_of(guidance, "checklist")[0]
    assert questions["items"][0]["text"].startswith("Vilka har mandat")


def test_seed_004_routine_with_legal_references(organisation):
    report = import_seed(organisation, "004")
    routine = draft(report.created_pages[0])
    assert routine.kind == "anvisning"
    [references] = blocks_of(routine, "legal_references")
    statutes = {item["statute_id"] for item in references["items"]}
    assert {
        "Lag (2017:612)",
        "SOSFS 2011:9",
        "HSLF-FS 2017:40",
        "SFS 2014:821",
    } <= statutes
    assert references["heading"] == "Referenslista"
    assert "Betalningsansvar tillagt" in routine.changes_since_previous
    kinds = [s["kind"] for s in blocks_of(routine, "standard_section")]
    assert "deviations" in kinds
    assert not routine.get_children().exists()
