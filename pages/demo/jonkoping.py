"""Hjälpmedel i Jönköpings län: the rulebook section on coordination between the
assistive-device areas (seed 002, "Uppdaterad: 2018-09-28")."""

from pages.models import BodyPage, OrganisationPage, SpecificationPage

from .spec import PageSpec, Ref, block, local_datetime, mandate_item, paragraphs, row

STEERING_GROUP = PageSpec(
    BodyPage,
    key="jonkoping-styrgrupp",
    title="Styrgrupp för hjälpmedel",
    slug="styrgrupp-for-hjalpmedel",
    fields={
        "level": "officials",
        "role": "prepares",
        "form": "group",
        "reports_to_other": "Respektive huvudmans politiska beslutsorgan",
        "introduction": paragraphs(
            "Styrgruppen för hjälpmedelscentralens verksamhetsområde är ett "
            "tjänstemannaorgan som svarar för den övergripande styrningen av de olika "
            "hjälpmedelsområdena samt samordning mellan huvudmännen. Styrgruppen är "
            "beredande organ för de beslutsärenden inom hjälpmedelsområdet som skall "
            "föreläggas respektive huvudmans politiska beslutsorgan."
        ),
    },
    content=[
        block(
            "composition",
            heading="Sammansättning",
            anchor="sammansattning",
            rows=[
                row(
                    "Representanter från länets kommuner",
                    5,
                    party="Kommunerna",
                    appointed_by="Kommunerna",
                ),
                row(
                    "Representanter från Landstinget",
                    2,
                    party="Regionen",
                    appointed_by="Landstinget",
                    note="Styrgruppen bör utökas med en kompentens från landstinget "
                    "som representerar de tillkommande områdena.",
                ),
            ],
            chair_rule="Ordförande i styrgruppen utses av kommunerna.",
            co_opted=[
                "Verksamhetschefen för hjälpmedelscentralen deltar som adjungerad i "
                "styrgruppens möten.",
                "Sakkunniga adjungeras vid behov.",
            ],
            notes=["Varje huvudman utser sina representanter."],
        ),
        block(
            "mandate",
            heading="Mandat",
            anchor="mandat",
            items=[
                mandate_item(
                    "Styrgruppen beslutar om smärre justeringar av regelverket mot "
                    "brukarna.",
                    topic="Regelverk",
                ),
                mandate_item(
                    "Styrgruppen beslutar även om sammansättningen av deltagare i "
                    "grupperna. Denna sammansättning skall i största möjliga "
                    "utsträckning spegla proportionerna i den verksamhet man behandlar "
                    "i respektive grupp.",
                    topic="Grupper",
                ),
                mandate_item(
                    "Styrgruppen utser ordförande i tjänstemannagruppen för "
                    "samordningsfrågor.",
                    topic="Grupper",
                ),
                mandate_item(
                    "Kvalitetsparametrarnas utformning och målvärden fastställs av "
                    "styrgruppen och kan vid behov ändras och kompletteras via nya "
                    "ställningstaganden i styrgruppen.",
                    topic="Uppföljning",
                ),
            ],
        ),
        block(
            "responsibilities",
            heading="Ansvar",
            anchor="ansvar",
            items=[
                "Styrgruppen ansvarar för att arbetsuppgifter, utformning och mandat i "
                "de olika grupper som behövs för att skapa samverkan och delaktighet "
                "blir så ändamålsenliga som möjligt.",
                "Styrgruppen svarar även i fortsättningen för uppföljning och "
                "utvärdering av det samverkansavtal som finns mellan kommunerna och "
                "landstinget avseende hjälpmedelscentralens ansvarsområde. De "
                "initierar det arbete som behöver göras inför eventuell förlängning "
                "eller förändring av avtalet.",
            ],
        ),
        block(
            "follow_up",
            heading="Uppföljning",
            anchor="uppfoljning",
            body=paragraphs(
                "Styrgruppen skall följa upp såväl verksamheterna som det ekonomiska "
                "läget. Det formella budgetansvaret kvarstår tills vidare i den "
                "befintliga organisatoriska strukturen. Uppföljningen av "
                "verksamheterna skall bland annat ske via fastställda "
                "kvalitetsparametrar."
            ),
        ),
    ],
)

SERVICE_AREAS = [
    "Audionommottagningarna",
    "Syncentralen",
    "Ortopedteknisk verksamhet",
    "Hjälpmedelscentralen",
    "Läkemedelsnära produkter",
    "Behandlingshjälpmedel",
]

COORDINATION_GROUP = PageSpec(
    BodyPage,
    key="jonkoping-tjanstemannagrupp",
    title="Tjänstemannagrupp för samordning",
    slug="tjanstemannagrupp-for-samordning",
    fields={
        "level": "officials",
        "role": "prepares",
        "form": "group",
        "assignments_from": Ref("jonkoping-styrgrupp"),
        "introduction": paragraphs(
            "En tjänstemannagrupp för samordning, planering och beredning bildas. "
            "Syftet med gruppen är att skapa en likvärdig grundsyn inom och mellan de "
            "olika hjälpmedelsområdena. Gruppen skall verka för lika vård och rättvisa "
            "inom hjälpmedelsområdet oavsett funktionsnedsättning, bostadsort, "
            "boendeform och huvudman."
        ),
    },
    content=[
        block(
            "composition",
            heading="Sammansättning",
            anchor="sammansattning",
            intro="Gruppen skall bestå av representanter för",
            rows=[
                row(area, defined_by_role=f"Representanter för {area}")
                for area in SERVICE_AREAS
            ],
            chair_rule="Styrgruppen utser ordförande i tjänstemannagruppen för "
            "samordningsfrågor.",
            notes=[
                "Styrgruppen beslutar om sammansättningen av deltagare i grupperna."
            ],
        ),
        block(
            "assignment",
            heading="Uppdrag",
            anchor="uppdrag",
            items=[
                "Tjänstemannagruppen får uppdrag från styrgruppen och bereder frågor "
                "inom hjälpmedelsområdet och tar fram förslag, rekommendationer och "
                "beslutsunderlag.",
                "Tjänstemannagruppen skall verka för evidensbaserad "
                "hjälpmedelsförskrivning samt bidra till och följa utvecklingen inom "
                "hjälpmedelsområdet.",
                "Gruppen skall arbeta med gemensamma frågor såsom tillämpning av "
                "lagstiftning, förskrivningsprocess, behovsbedömning, information, "
                "uppföljning mm.",
            ],
        ),
    ],
)

ASSISTIVE_DEVICE_CENTRE = PageSpec(
    BodyPage,
    key="jonkoping-hjalpmedelscentralen",
    title="Hjälpmedelscentralen",
    slug="hjalpmedelscentralen",
    fields={"level": "officials", "role": "coordinates", "form": "function"},
    content=[
        block(
            "responsibilities",
            heading="Ansvar",
            anchor="ansvar",
            intro="Hjälpmedelscentralen ansvavrar för",
            items=[
                "samordna tjänstemannagruppens arbete",
                "kontaktperson för nationella hjälpmedelsdatabasen och tema hjälpmedel "
                "på 1177.se",
                "administrera länets del av nationella hjälpmedelsdatabasen",
                "sköta löpande förvaltning, publicering och tolkning av regelverket",
            ],
        ),
    ],
)

RULEBOOK = PageSpec(
    SpecificationPage,
    key="jonkoping-regelverk",
    title="Regelverket Hjälpmedel i Jönköpings län – Samordning mellan "
    "hjälpmedelsområden",
    slug="samordning-mellan-hjalpmedelsomraden",
    published_at=local_datetime(2018, 9, 28),
    fields={
        "owner_name": "Region Jönköpings län",
        "introduction": paragraphs(
            "En samordning skall ske mellan de olika hjälpmedelsområdena skall finnas."
        ),
    },
    content=[
        block(
            "item_list",
            heading="Syfte",
            anchor="syfte",
            intro="Den syftar till",
            items=[
                "att skapa samsyn mellan olika funktionsnedsättningar avseende "
                "hjälpmedel,",
                "att ge personer med olika funktionsnedsättningar en likvärdig "
                "behandling och service oavsett hjälpmedelsområde, boendeform, "
                "bostadsort och huvudman,",
                "att tydliggöra hjälpmedel som en viktig del i vård och behandling i "
                "enlighet med Hälso- och sjukvårdslagen och kommande Patientlag,",
                "att tillämpa kommande patientlag avseende information och "
                "valmöjligheter på samma sätt inom alla områden,",
                "att verka för att behovs bedömning och förskrivning av hjälpmedel "
                "utförs på ett likvärdigt, patientsäkert, kompetens- och "
                "kostnadseffektivt sätt.",
            ],
        ),
        block(
            "item_list",
            heading="Värdegrund",
            anchor="vardegrund",
            intro="Samordningen skall ske i enlighet med gällande värdegrund för "
            "hjälpmedelsverksamhet i samverkan:",
            items=[
                "Vi utgår från patientens/brukarens behov.",
                "Vi samarbetar aktivt över organisations- och huvudmannagränser.",
                "Vi bemöter varandra med respekt och visar tillit.",
                "Vi lär av varandra och tar tillvara varandras kompetens.",
            ],
        ),
        block(
            "section",
            heading="Politiska nivåer",
            anchor="politiska-nivaer",
            body=paragraphs(
                "Regionsstyrelse och respektive kommunstyrelser eller motsvarande "
                "politisk nivå i kommuner och landsting har det övergripande ansvaret "
                "och fattar beslut om policy, regler och avgifter inom samtliga "
                "hjälpmedelsområden.",
                "Läns-LAKO eller motsvarande ger uppdrag och fattar beslut i "
                "gemensamma hjälpmedelsfrågor.",
            ),
        ),
    ],
    children=[STEERING_GROUP, COORDINATION_GROUP, ASSISTIVE_DEVICE_CENTRE],
)

JONKOPING = PageSpec(
    OrganisationPage,
    key="jonkoping",
    label="Jönköpings län",
    title="Hjälpmedel i Jönköpings län",
    slug="jonkoping",
    fields={
        "short_name": "Jönköping",
        "region": "Jönköpings län",
        "members": "Region Jönköpings län\nKommunerna i Jönköpings län",
    },
    children=[RULEBOOK],
)
