"""Seed 001: support material for the principals in Västra Götaland on organising
assistive-device questions, and its glossary (Begrepp) as a glossary page.

The worksheet rows link to the bodies of the specification (seed 003), so these pages
are built after it. Seed 003 names one 'Handbok & Sortiment' group and one forum; the
2026 material splits each by area (socialtjänst / hälso- och sjukvård), and both rows
link to the same body. 'Avtal & överenskommelse' and 'Förbrukningsartiklar' have no
body on the site and stay unlinked.
"""

from pages.models import GlossaryPage, GuidancePage

from ..spec import (
    PageSpec,
    Ref,
    block,
    bullets,
    page_link,
    paragraphs,
    question,
    situation,
    text_block,
    worksheet_row,
)

CLOSE_TO_OPERATIONS = (
    "Verksamhetsnära personal exempelvis enhetschef för hemtjänst eller chef för "
    "legitimerad hälso- och sjukvårdspersonal (kan också vara baspersonal eller hälso- "
    "och sjukvårdspersonal)"
)
DEVELOPER_SAS = "Verksamhetsutvecklare medicinskt ledningsansvarig och/eller SAS"
COORDINATOR = "Hjälpmedelssamordnare"
MANAGER = "Chef med beslutsmandat"
IT = "IT-kompetens"
PROCUREMENT = "Upphandlingskompetens"
ASSESSORS = "Ansvariga för behovsbedömning av hjälpmedel och/eller beställning"
BOTH_LAWS = (
    "Om ett hjälpmedel berör både socialtjänst och hälso- och sjukvård är det extra "
    "viktigt att kommuner förankrar inom båda lagrummen"
)

SITUATION_TABLES = [
    block(
        "situation_table",
        heading="Ansökan om förändring i handbok och/eller införa nytt produktområde "
        "(nytt hjälpmedel i sortiment)",
        anchor="ansokan-om-forandring-i-handbok",
        rows=[
            situation(
                "Ett behov av ett nytt hjälpmedel identifieras i er verksamhet. (Finns "
                "inget produktområde för hjälpmedlet i nuvarande handböcker krävs en "
                "ansökan om ändring i handbok)",
                "Identifiera vilka enheter som är berörda och vilka förändringar av "
                "arbetssätt som krävs.",
                "Förankra inom den egna verksamheten och eventuellt med andra "
                f"verksamheter. {BOTH_LAWS}",
                "Skicka in ansökan om ändring i handbok.",
            ),
            situation(
                "En annan verksamhet har sett behov av ett hjälpmedel, och frågan "
                "kommer till er om ni också är intresserade.",
                "Identifiera vilka enheter som är berörda och vilka förändringar av "
                "arbetssätt som krävs.",
                "Förankra inom den egna kommunen och besluta om den egna kommunen "
                "ställer "
                f"sig bakom ansökan. {BOTH_LAWS}",
            ),
        ],
        competences=[
            CLOSE_TO_OPERATIONS,
            "Verksamhetsutvecklare, medicinskt ledningsansvarig (till exempel "
            "medicinskt ansvarig sjuksköterska, medicinskt ansvarig för "
            "rehabilitering, verksamhetschef enlig HSL, chefsläkare, "
            "chefssjuksköterska) och/eller socialt ansvarig samordnare (SAS)",
            COORDINATOR,
            MANAGER,
            IT,
            PROCUREMENT,
        ],
    ),
    block(
        "situation_table",
        heading="Upphandling och implementering av nya hjälpmedel i "
        "verksamheten/förändrat arbetssätt",
        anchor="upphandling-och-implementering",
        rows=[
            situation(
                "Information om att en upphandling av nytt hjälpmedel i sortimentet "
                "för personliga hjälpmedel inom socialtjänstens område kommer starta.",
                "Besluta om verksamheten ska kunna beställa hjälpmedlet",
                "Utse kontaktperson för aktuell upphandling som kan besvara enkäter "
                "och vara mottagare/förmedlare av information gällande upphandling",
                "Säkerställ kontaktvägar för informationsspridning och förankring",
                "Anmäl kompetenser som kan ingå i upphandlingsgruppen",
                "Om pilot-test av hjälpmedel är aktuellt, anmäl intresse om att delta",
            ),
            situation(
                "Ett nytt hjälpmedel finns i sortimentet på Hjälpmedelscentralen",
                "Identifiera vilka enheter som är berörda, vilka behov de har. "
                + BOTH_LAWS,
                "Identifiera vilka förändringar som krävs av arbetssätt",
                "Ta fram plan för införande, uppföljning och utvärdering",
                "Säkerställ att implementering och uppföljning av arbetssätt genomförs",
            ),
        ],
        competences=[
            CLOSE_TO_OPERATIONS,
            "Verksamhetsutvecklare, medicinskt ledningsansvarig och/eller SAS",
            COORDINATOR,
            MANAGER,
            IT,
            PROCUREMENT,
        ],
    ),
    block(
        "situation_table",
        heading="Ekonomisk modell och redovisning",
        anchor="ekonomisk-modell-och-redovisning",
        rows=[
            situation(
                "Ekonomisk modell och redovisning",
                "Ta fram nyttokalkyl och modell för utvärdering",
                "Beslut om resurser för nya hjälpmedel i budget",
            ),
        ],
        competences=[
            DEVELOPER_SAS,
            COORDINATOR,
            "Ekonom för beräkning av effekthemtagning",
            MANAGER,
        ],
    ),
    block(
        "situation_table",
        heading="Information från samarbetsorganisationen eller försörjaren "
        "(Hjälpmedelscentralen och Läkemedelsnära produkter)",
        anchor="information-fran-samarbetsorganisationen",
        intro="Gemensamma informationskanaler finns beskrivna på vårdsamverkan.se",
        rows=[
            situation(
                "Förändringar gällande arbetssätt kring befintliga hjälpmedel",
                "Säkerställ att informationen omhändertas",
                "Identifiera vilka enheter som är berörda och vilka förändringar av "
                "arbetssätt som krävs",
            ),
            situation(
                "Förändring av rutiner och praktiska arbetssätt kring digitala "
                "hjälpmedel (exempelvis avseende tjänster från Hjälpmedelscentralen) "
                "och säkerhetsmeddelanden.\n\nEller:\n\nFörändring och nyheter i "
                "regelverk, gemensam handbok/regelverk och tillhörande utbildningar.",
                "Säkerställ att informationen omhändertas",
                "Identifiera vilka enheter som är berörda och sprid informationen till "
                "dessa",
                "Eventuellt vidta åtgärder, exempelvis revidering av lokala rutiner "
                "och arbetssätt",
            ),
        ],
        competences=[
            "Representanter i Hjälpmedelsforum, socialtjänst och/eller hälso- och "
            "sjukvård",
            ASSESSORS,
            CLOSE_TO_OPERATIONS,
            DEVELOPER_SAS,
            COORDINATOR,
            MANAGER,
            IT,
        ],
    ),
    block(
        "situation_table",
        heading="Interna arbetssätt gällande hantering av hjälpmedel",
        anchor="interna-arbetssatt",
        rows=[
            situation(
                "Frågor kring beställningssystem och buffertförråd\nHur många "
                "buffertförråd ska finnas i verksamheten?\n\nEller:\nVem gör vad när "
                "det gäller bedömning och beställning av hjälpmedel inom verksamheten?",
                "Identifiera vilka enheter och personalgrupper som är berörda",
                "Se över resurser och förutsättningar",
                "Ta fram rutiner och arbetssätt",
            ),
        ],
        competences=[
            ASSESSORS,
            CLOSE_TO_OPERATIONS,
            DEVELOPER_SAS,
            COORDINATOR,
            MANAGER,
        ],
    ),
]

GUIDANCE = PageSpec(
    GuidancePage,
    key="vg-stodmaterial",
    title="Stödmaterial för huvudmännen (regional och kommunal hälso- och sjukvård "
    "samt socialtjänst) vid organisering av hjälpmedelsfrågor",
    slug="stodmaterial-organisering-av-hjalpmedelsfragor",
    fields={
        "introduction": paragraphs(
            "En beskrivning och exempel på roller, funktioner och organisation",
            "Samarbetsorganisationen för hjälpmedel i Västra Götaland hanterar det "
            "gemensamma arbetet med personliga hjälpmedel och grundutrustning. "
            "Organisationen består bland annat av Ledningsrådet för hjälpmedel, "
            "beredningsgrupper och hjälpmedelsforum. Varje huvudman måste också "
            "organisera sig internt för att säkerställa bra hantering av "
            "hjälpmedelsfrågor och effektiv kommunikation både inom sina respektive "
            "verksamheter och med andra aktörer inom samarbetsorganisationen.",
            "Detta dokument syftar till att ge stöd kring hur respektive huvudman kan "
            "organisera sig för att:",
        )
        + bullets(
            "informationsflödet ska fungera",
            "kunna fatta nödvändiga beslut i den egna verksamheten",
            "relevanta kompetenser ska engageras i arbetet",
        ),
    },
    content=[
        block(
            "section",
            heading="Samarbetsorganisationen",
            anchor="samarbetsorganisationen",
            body=paragraphs(
                "På Vårdsamverkans webbplats finns information om alla grupper som "
                "tillsammans bildar samarbetsorganisationen. Där beskrivs bland annat "
                "uppdrag mandat och vilka som är utsedda som representanter."
            )
            + "<p>"
            + page_link(
                "vg-specifikation",
                "Organisation för samarbete och styrning inom hjälpmedelsområdet.",
            )
            + "</p>",
        ),
        block(
            "section",
            heading="Kommunikationsvägar och forum",
            anchor="kommunikationsvagar-och-forum",
            body=paragraphs(
                "För att förankra och påverka frågor under beredningen inför beslut "
                "och även för att kunna sprida information behövs det "
                "kommunikationsvägar och forum där hjälpmedelsfrågor diskuteras.",
                "Varje verksamhet behöver ha kännedom om vem som representerar dem i "
                "de olika grupperna i syfte att kunna påverka beslut och sprida "
                "information.",
            ),
        ),
        block(
            "representative_worksheet",
            heading="Vår representant i samarbetsorganisationen",
            anchor="var-representant-i-samarbetsorganisationen",
            intro="På nästa sida kan du fylla namnet på den som representerar er "
            "verksamhet i de olika grupperna (BG=beredningsgrupp).",
            group_column="Grupp i samarbetsorganisationen",
            name_column="Namn på vår representant",
            rows=[
                worksheet_row("Ledningsrådet", Ref("vg-ledningsrad")),
                worksheet_row("Beredningsgrupp Avtal & överenskommelse"),
                worksheet_row(
                    "Beredningsgrupp Handbok & sortiment, socialtjänst",
                    Ref("vg-bg-handbok-och-sortiment"),
                ),
                worksheet_row(
                    "Beredningsgrupp Handbok & sortiment, hälso- och sjukvård",
                    Ref("vg-bg-handbok-och-sortiment"),
                ),
                worksheet_row("Beredningsgrupp Förbrukningsartiklar"),
                worksheet_row("Beredningsgrupp IT-stöd", Ref("vg-bg-it-stod")),
                worksheet_row(
                    "Hjälpmedelsforum, socialtjänst", Ref("vg-hjalpmedelsforum")
                ),
                worksheet_row(
                    "Hjälpmedelsforum, hälso- och sjukvård", Ref("vg-hjalpmedelsforum")
                ),
            ],
            blank_rows=0,
        ),
        block(
            "item_list",
            heading="Nätverk för förankring och kommunikation",
            anchor="natverk",
            intro="För att deltagarna i de olika grupperna ska kunna representera ett "
            "större område (till exempel kommunalförbundsområde eller en förvaltning "
            "inom regionen) behövs forum för förankring och kommunikation även utanför "
            "samarbetsorganisationen. Det kan vara befintliga grupperingar eller så "
            "kan nya grupper bildas utifrån specifika behov. Exempel på olika nätverk:",
            items=[
                "nätverk för medicinskt och/eller socialt ansvariga inom kommunen",
                "socialchefsnätverk",
                "nätverk för digitalisering",
                "nätverk för upphandlingsfrågor",
                "nätverk för hjälpmedelssamordnare på sjukhus",
                "nätverk inom regionala förvaltningar (till exempel för chefer inom "
                "primärvård och inom Habilitering & Hälsa)",
            ],
        ),
        block(
            "representative_worksheet",
            heading="Vår representant i nätverk",
            anchor="var-representant-i-natverk",
            intro="Det är viktigt att varje verksamhet har representanter i relevanta "
            "nätverk och att hjälpmedelsfrågor diskuteras inom nätverken. Här finns "
            "utrymme att notera vilka personer i er verksamhet som deltar i olika "
            "nätverk.",
            group_column="Nätverk",
            name_column="Namn på vår representant",
            rows=[],
            blank_rows=6,
        ),
        block(
            "item_list",
            heading="Beslut och kommunikation i den egna verksamheten",
            anchor="beslut-och-kommunikation-i-den-egna-verksamheten",
            intro="Alla huvudmän behöver ha arbetssätt inom sin verksamhet som "
            "säkerställer att berörda funktioner involveras i hjälpmedelsfrågorna i "
            "”rätt tid” och att beslut fattas på rätt nivå.\nExempel på områden där "
            "den egna verksamheten behöver fatta beslut och/eller kommunicera och "
            "informera:",
            items=[
                "Ansökan om förändring i handbok och/eller införa nytt produktområde "
                "(nytt hjälpmedel i sortiment)",
                "Information från samarbetsorganisationen eller försörjaren "
                "(Hjälpmedelscentralen och Läkemedelsnära produkter)",
                "Upphandling och implementering av nya hjälpmedel i "
                "verksamheten/förändrat arbetssätt",
                "Interna arbetssätt gällande hantering av hjälpmedel",
            ],
        ),
        text_block(
            paragraphs(
                "Längre ned finns en tabell med exempel på situationer och hantering "
                "för respektive område."
            )
        ),
        block(
            "checklist",
            heading="Reflektionsfrågor",
            anchor="reflektionsfragor",
            kind="questions",
            intro="Reflektera i verksamheten hur ni hanterar hjälpmedelsfrågor, med "
            "stöd av följande frågor:",
            items=[
                question("Vilka har mandat att fatta dessa beslut i vår verksamhet?"),
                question("Hur ser beslutsordningen ut? Vad har vi för intern process?"),
                question("Hur får de som fattar besluten information?"),
                question("Hur och när sker förankring i olika frågor?"),
                question(
                    "Vilka forum/grupper behövs för ett effektivt arbete? (kan "
                    "frågorna omhändertas i befintliga strukturer eller behövs nya "
                    "grupper bildas, eventuellt behov av tillfälliga grupper?)"
                ),
                question(
                    "Vilka kompetenser och perspektiv behöver ingå i arbetet i er "
                    "verksamhet? Olika kompetenser kan behövas inom de olika lagrummen "
                    "(socialtjänst och hälso- och sjukvård). Viktigt att både "
                    "kompetens inom myndighetsutövning och verkställighet är delaktiga "
                    "inom socialtjänstens område. Exempel på kompetenser:",
                    "”Baspersonal” eller andra som arbetar nära brukare/patienter",
                    "Verksamhetsutvecklare",
                    "IT-kompetens",
                    "Upphandlingskompetens",
                    "Strategisk kompetens",
                    "Operativ ledning",
                    "Ekonomi och kostnadsansvar",
                ),
                question(
                    "Hur får vi kommunikationen att bli effektiv kring "
                    "hjälpmedelsfrågor?"
                ),
                question(
                    "Vem/vilken funktion är bärare respektive mottagare av information?"
                ),
                question(
                    "Hur ser våra interna nätverk för informationsspridning och "
                    "inhämtning av information ut?"
                ),
            ],
        ),
        *SITUATION_TABLES,
    ],
)

GLOSSARY = PageSpec(
    GlossaryPage,
    key="vg-begrepp",
    title="Begrepp",
    slug="begrepp",
    content=[
        block(
            "glossary_term",
            term="Försörjare av hjälpmedel",
            description="Verksamhet, inom regionen eller med avtal/överenskommelse med "
            "region och kommun, som tillhandahåller personliga hjälpmedel med "
            "tillhörande tjänster. Nuvarande försörjare inom Västra Götaland är "
            "Hjälpmedelscentralen, Läkemedelsnära produkter, Habilitering & hälsa samt "
            "de ortopedtekniska enheterna.",
            link_text="På Hjälpmedel i Västra Götaland finns länkar till försörjarnas "
            "webbplatser.",
        ),
        block(
            "glossary_term",
            term="Huvudman",
            description="Huvudman är den region eller den kommun som ansvarar för att "
            "erbjuda hälso- och sjukvård eller socialtjänst. Varje huvudman kan ha "
            "fler vårdgivare eller verksamheter inom sitt ansvarsområde.",
        ),
        block(
            "glossary_term",
            term="Samarbetsorganisationen för hjälpmedel i Västra Götaland",
            description="Organisationen består bland annat av Ledningsrådet för "
            "hjälpmedel, beredningsgrupper och hjälpmedelsforum.",
            link_text="Organisation för samarbete och styrning inom hjälpmedelsområdet",
        ),
        block(
            "glossary_term",
            term="Kommunalförbund och VästKom",
            description="Kommunerna i Västra Götaland är indelade i fyra "
            "kommunalförbund som samordnar gemensamma frågor för kommunerna inom sitt "
            "geografiska område.\n\nVästKom är kommunernas länsgemensamma "
            "samverkansaktör med fokus på hälso- och sjukvårdsfrågor och dess "
            "digitalisering tillsammans med länets 49 kommuner och "
            "Västra Götalandsregionen.",
            link_text="VästKom. Från VästKoms webbplats finns länkar vidare till "
            "respektive kommunalförbund.",
        ),
        block(
            "glossary_term",
            term="Hjälpmedel",
            description="Hjälpmedel för det dagliga livet och hjälpmedel för vård och "
            "behandling.",
        ),
        block(
            "glossary_term",
            term="Handbok för personliga hjälpmedel inom socialtjänst",
            description="Handboken är ett regelverk för behovsbedömning och "
            "beställning av hjälpmedel. Den består av generella riktlinjer och "
            "specifika anvisningar inom olika produktområden. Riktlinjerna beskriver "
            "utgångspunkterna för behovsbedömning och beställning av hjälpmedel, vilka "
            "utgår från gemensamma beslut för kommunerna i Västra Götaland. "
            "Anvisningarna inom produktområdena beskriver vilka hjälpmedel som "
            "beställningsbara i Västra Götaland och på vilka grunder.",
            link_text="Handbok för personliga hjälpmedel inom Socialtjänst",
        ),
        block(
            "glossary_term",
            term="Handbok för personliga hjälpmedel inom hälso- och sjukvård",
            description="Handboken är ett regelverk för förskrivning av hjälpmedel. "
            "Den består av generella riktlinjer och specifika anvisningar inom olika "
            "produktområden. Riktlinjerna beskriver utgångspunkterna för förskrivning "
            "av hjälpmedel, vilka utgår från lagstiftning och politiska beslut i "
            "Västra Götaland. Anvisningarna inom produktområdena beskriver vilka "
            "hjälpmedel som är personligt förskrivningsbara i Västra Götaland och på "
            "vilka grunder. Handboken reglerar inte vilken vårdgivare som har "
            "hälso-och sjukvårdsansvaret.",
            link_text="Handbok för personliga hjälpmedel inom hälso- och sjukvård",
        ),
    ],
)
