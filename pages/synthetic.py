"""A large synthetic site for benchmarks and load tests: realistic governance blocks,
varied text, deterministic for a given seed."""

import random
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from wagtail.models import PageLogEntry, Revision

from .models import (
    BodyForm,
    BodyLevel,
    BodyPage,
    BodyRole,
    ChangeLogEntry,
    ChangeType,
    OrganisationPage,
    RoutinePage,
    SpecificationPage,
)

WORDS = (  # noqa: SIM905 - a paragraph of words reads better than a list
    "samverkan hjälpmedel beredning beslut mandat uppdrag ansvar huvudman region "
    "kommun förskrivning sortiment avtal uppföljning ledningsråd beredningsgrupp "
    "kommunikation minnesanteckningar enighet representant verksamhet kompetens "
    "regelverk handbok upphandling utveckling information hälso- sjukvård socialtjänst "
    "försörjning vardagsmiljö patientsäkert kvalitet rutin avvikelse dokumentation"
).split()
REGIONS = (
    "Västra Götaland", "Halland", "Jönköping", "Skåne", "Kalmar", "Kronoberg",
    "Blekinge", "Värmland", "Örebro", "Uppsala", "Dalarna", "Gävleborg", "Jämtland",
    "Norrbotten", "Västerbotten", "Gotland", "Sörmland",
)  # fmt: skip


class SyntheticSite:
    def __init__(self, home, seed=1, write=print):
        self.home = home
        self.random = random.Random(seed)  # noqa: S311 - sample text, not secrets
        self.write = write

    def sentence(self, words=12):
        text = " ".join(self.random.choice(WORDS) for _ in range(words))
        return text.capitalize() + "."

    def items(self, count):
        return [self.sentence(self.random.randint(5, 12)) for _ in range(count)]

    def body_content(self, number):
        rows = [
            {
                "party": party,
                "group": f"{party} {self.random.choice(WORDS)}",
                "members": self.random.randint(1, 6),
                "appointed_by": self.random.choice(WORDS).capitalize(),
            }
            for party in ("Kommunerna", "Regionen", "Kommunerna", "Regionen")
        ]
        return [
            ("assignment", {"items": self.items(5)}),
            ("responsibilities", {"items": self.items(8)}),
            (
                "mandate",
                {
                    "items": [
                        {"decision": self.sentence(), "money_limit": 10_000 * number},
                        {"decision": self.sentence(), "scope": self.sentence(4)},
                    ]
                },
            ),
            ("composition", {"rows": rows, "chair_rule": self.sentence()}),
            (
                "working_forms",
                {
                    "meetings_min": 4,
                    "meetings_max": 8,
                    "decision_rule": self.sentence(),
                    "quorum": self.sentence(),
                },
            ),
            ("communication", {"body": f"<p>{self.sentence(30)}</p>"}),
        ]

    def publish(self, parent, page):
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    @transaction.atomic
    def build_organisation(self, index, bodies):
        name = REGIONS[index % len(REGIONS)] + (
            "" if index < len(REGIONS) else f" {index}"
        )
        organisation = self.publish(
            self.home,
            OrganisationPage(
                title=f"Hjälpmedel i {name}", slug=f"syntetisk-{index}", short_name=name
            ),
        )
        specification = self.publish(
            organisation,
            SpecificationPage(
                title=f"Specifikation för samverkan i {name}",
                slug="specifikation",
                introduction=f"<p>{self.sentence(40)}</p>",
            ),
        )
        previous = None
        for number in range(bodies):
            previous = self.publish(
                specification,
                BodyPage(
                    title=f"Beredningsgrupp {number + 1} {self.random.choice(WORDS)}",
                    slug=f"organ-{number + 1}",
                    level=BodyLevel.OFFICIALS if number else BodyLevel.POLITICAL,
                    role=self.random.choice(BodyRole.values),
                    form=self.random.choice(BodyForm.values),
                    reports_to=previous if number % 5 else None,
                    introduction=f"<p>{self.sentence(25)}</p>",
                    content=self.body_content(number),
                ),
            )
            if (number + 1) % 25 == 0 and number + 1 < bodies:
                self.write(f"  {name}: {number + 1} of {bodies} bodies")
        self.publish(
            organisation,
            RoutinePage(
                title=f"Rutin för samverkan i {name}",
                slug="rutin",
                purpose=f"<p>{self.sentence()}</p>",
                review_interval_months=12,
            ),
        )
        return organisation, specification

    def edit(self, page, number):
        """A small editorial change to `page` (in memory): version `number`."""
        page.introduction = f"<p>{self.sentence(25)}</p>"
        page.change_type = ChangeType.EDITORIAL
        page.change_summary = f"Redaktionell ändring {number}."

    @transaction.atomic
    def add_versions(self, page, versions, batch=200):
        """Publish `versions` more versions of `page`, each a small editorial change.

        Publishing a version one by one costs about 0.3 s (revision, search index,
        reference index, history, change log). All but the last version are therefore
        written in bulk, with what publishing them would have left behind: a
        revision, the "published" entry in Wagtail's history and the change-log
        entry, one minute apart and in the past. The last version is published for
        real, so the live page, its search entry and its change log are what
        publishing gives.
        """
        if versions <= 0:
            return
        page = page.specific_class.objects.get(pk=page.pk)
        content_type = ContentType.objects.get_for_model(page)
        base_content_type = page.get_base_content_type()
        last = ChangeLogEntry.objects.for_page(page).aggregate(
            version=Max("version"), published_at=Max("published_at")
        )
        first_version = (last["version"] or 0) + 1
        # Between the last publication and now: a minute apart, or closer.
        now = timezone.now()
        start = last["published_at"] or now - timedelta(minutes=versions)
        step = min(timedelta(minutes=1), (now - start) / (versions + 1))
        for offset in range(0, versions - 1, batch):
            numbers = range(offset, min(offset + batch, versions - 1))
            revisions = []
            for number in numbers:
                self.edit(page, number + 1)
                page.last_published_at = start + step * (number + 1)
                revisions.append(
                    Revision(
                        content_type=content_type,
                        base_content_type=base_content_type,
                        object_id=str(page.pk),
                        created_at=page.last_published_at,
                        content=page.serializable_data(),
                        object_str=str(page),
                    )
                )
            Revision.objects.bulk_create(revisions)
            PageLogEntry.objects.bulk_create(
                PageLogEntry(
                    content_type=content_type,
                    page_id=page.pk,
                    label=page.get_admin_display_title(),
                    action="wagtail.publish",
                    timestamp=revision.created_at,
                    revision=revision,
                    content_changed=True,
                )
                for revision in revisions
            )
            ChangeLogEntry.objects.bulk_create(
                ChangeLogEntry(
                    page_id=page.pk,
                    revision=revision,
                    version=first_version + number,
                    published_at=revision.created_at,
                    title=page.title,
                    change_type=ChangeType.EDITORIAL,
                    summary=f"Redaktionell ändring {number + 1}.",
                )
                for number, revision in zip(numbers, revisions, strict=True)
            )
            self.write(f"  {page.title}: {numbers[-1] + 1} of {versions} versions")
        page = page.specific_class.objects.get(pk=page.pk)
        self.edit(page, versions)
        page.save_revision().publish()
        self.write(f"  {page.title}: {versions} of {versions} versions")
