"""Seed 003, political level: SRO and the political preparatory group."""

from pages.models import BodyPage

from ..spec import (
    PageSpec,
    Ref,
    block,
    mandate_item,
    paragraphs,
    row,
)

SRO = PageSpec(
    BodyPage,
    key="vg-sro",
    title="Det politiska samrådsorganet mellan VästKom och Västra Götalandsregionen "
    "(SRO)",
    slug="sro",
    fields={
        "short_name": "SRO",
        "level": "political",
        "role": "decides",
        "form": "agreement_body",
        "assignments_from_other": "Västra Götalandsregionen och Västra Götalands "
        "kommuner",
        "introduction": paragraphs(
            "Det övergripande politiska ansvaret för hjälpmedelsfrågorna åvilar SRO, "
            "som leder och utvecklar samverkan inom bland annat hjälpmedelsområdet i "
            "Västra Götaland, på uppdrag av Västra Götalandsregionen och Västra "
            "Götalands kommuner.",
            "SRO är ett organ för övergripande politisk samverkan för gemensamma "
            "välfärdsfrågor varav hjälpmedel är ett område.",
        ),
    },
    content=[
        block(
            "mandate",
            heading="Mandat",
            anchor="mandat",
            items=[
                mandate_item(
                    "SRO fastställer uppdragshandling till den politiska "
                    "beredningsgruppen.",
                    topic="Uppdrag",
                )
            ],
        ),
        block(
            "composition",
            heading="Sammansättning",
            anchor="sammansattning",
            rows=[
                row(
                    "Ordförande från de fyra kommunalförbunden",
                    4,
                    party="Kommunerna",
                    defined_by_role="Ordförande i respektive kommunalförbund",
                ),
                row(
                    "Regionstyrelsen samt Hälso- och sjukvårdsstyrelsen",
                    party="VGR",
                    defined_by_role="Ordförande och vice ordförande i regionstyrelsen "
                    "samt Hälso- och sjukvårdsstyrelsen",
                ),
            ],
        ),
    ],
)

POLITICAL_PREPARATORY_GROUP = PageSpec(
    BodyPage,
    key="vg-politisk-beredningsgrupp",
    title="Politisk beredningsgrupp",
    slug="politisk-beredningsgrupp",
    fields={
        "level": "political",
        "role": "prepares",
        "form": "agreement_body",
        "reports_to": Ref("vg-sro"),
        "assignments_from": Ref("vg-sro"),
        "secretariat": "Samarbetsorganisationen",
        "introduction": paragraphs(
            "För samråd och samverkan om försörjningen av medicintekniska produkter "
            "finns en politisk beredningsgrupp. Beredningsgruppen, som utgör ett "
            "avtalsbundet samråd, arbetar på uppdrag av Västra Götalandsregionen och "
            "de 49 kommunerna och rapporterar till det politiska samrådsorganet, SRO."
        ),
    },
    content=[
        block(
            "assignment",
            heading="Uppdragsbeskrivning",
            anchor="uppdrag",
            items=[
                "Främja samverkan mellan VGR och länets kommuner inom det "
                "medicintekniska området",
                "Bevaka strategiska samverkansfrågor för gemensamma IT-system",
                "Ta ställning till principiella ekonomifrågor",
                "Ge rekommendationer till utökade samarbetsformer mellan VGR och "
                "länets kommuner inom det medicintekniska området samt säkerställa att "
                "samarbetet följs upp",
                "Ge rekommendation om principiella förändringar gällande regelverk för "
                "förskrivning avseende MTP",
            ],
        ),
        block(
            "composition",
            heading="Sammansättning",
            anchor="sammansattning",
            rows=[
                row(
                    "De fyra kommunalförbunden, en representant vardera",
                    4,
                    party="Kommunerna",
                ),
                row("Göteborgs stad", 1, party="Kommunerna"),
                row("Hälso- och sjukvårdsstyrelsen", 2, party="VGR"),
                row("Ägarutskottet", 1, party="VGR"),
                row("Hälso- och sjukvårdsnämnderna", 1, party="VGR"),
                row("Servicenämnden", 1, party="VGR"),
            ],
            chair_rule="Ordförandeskapet i beredningsgruppen ska innehas av "
            "kommunerna.",
            vice_chair_rule="Västra Götalandsregionen ska utse vice ordförande.",
            secretary="Ett administrativt stöd i form av sekreterare utses från "
            "samarbetsorganisationen.",
        ),
        block(
            "working_forms",
            heading="Arbetsformer",
            anchor="arbetsformer",
            meetings_min=4,
            meetings_period="year",
            extra_meetings="Ordföranden kan kalla till ytterligare sammanträde när "
            "behov finns.",
            decision_rule="Alla beslut i den politiska beredningsgruppen ska ske i "
            "enighet. Om enighet inte kan uppnås i en fråga ska ärendet återremitteras "
            "för förnyad beredning eller avföras.",
            minutes="Beredningsgruppen ska upprätta minnesanteckningar vid "
            "sammanträdet. Minnesanteckningarna ska godkännas av ordföranden och en "
            "ledamot från den andra parten.",
            other=[
                "Beredning av ärenden till beredningsgruppens sammanträden görs av "
                "ordförande respektive vice ordförande i ledningsrådet, tillsammans "
                "med administrativt stöd från samarbetsorganisationen."
            ],
        ),
        block(
            "communication",
            heading="Kommunikation",
            anchor="kommunikation",
            body=paragraphs(
                "Deltagarna i beredningsgruppen ansvarar för information till sina "
                "respektive huvudmän om gruppens arbete. Västra Götalandsregionen och "
                "respektive kommun har var för sig ansvaret för den interna "
                "informationen om aktuella samverkanslösningar."
            ),
        ),
        block(
            "follow_up",
            heading="Uppföljning",
            anchor="uppfoljning",
            body=paragraphs(
                "Arbetet i beredningsgruppen ska årligen följas genom rapport till det "
                "politiska samrådsorganet (SRO)."
            ),
            reports_to="SRO",
            frequency="årligen",
        ),
    ],
)
