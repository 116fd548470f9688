"""A large synthetic site for benchmarks and load tests: realistic governance blocks,
varied text, deterministic for a given seed."""

import random

from django.db import transaction

from .models import (
    BodyForm,
    BodyLevel,
    BodyPage,
    BodyRole,
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

    def add_versions(self, page, versions):
        """Publish `versions` more versions of `page`, each a small editorial change."""
        for number in range(versions):
            revision_page = page.get_latest_revision_as_object()
            revision_page.introduction = f"<p>{self.sentence(25)}</p>"
            revision_page.change_type = ChangeType.EDITORIAL
            revision_page.change_summary = f"Redaktionell ändring {number + 1}."
            revision_page.save_revision().publish()
            if (number + 1) % 100 == 0:
                self.write(f"  {page.title}: {number + 1} of {versions} versions")
