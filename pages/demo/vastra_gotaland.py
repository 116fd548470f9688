"""Hjälpmedel i Västra Götaland: the specification for collaboration and governance
(seed 003, "Senast uppdaterad: 2019-05-10 12:13") with its bodies, followed by the
support material and glossary of seed 001 (in `vastra_gotaland_guidance.py`)."""

from pages.models import BodyPage, OrganisationPage, SpecificationPage

from .spec import (
    PageSpec,
    Ref,
    block,
    bullets,
    local_datetime,
    mandate_item,
    nomination,
    paragraphs,
    row,
)
from .vastra_gotaland_guidance import GLOSSARY, GUIDANCE

CONSENSUS_RULE = (
    "Alla beslut ska ske i enighet. Om enighet inte kan uppnås i en fråga ska ärendet "
    "återremitteras för förnyad beredning eller avföras."
)
LEAVING = (
    "Representant aviserar till samordningsfunktionen och sin uppdragsgivare att hen "
    "avser att avsluta sitt uppdrag."
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

LEADERSHIP_COUNCIL = PageSpec(
    BodyPage,
    key="vg-ledningsrad",
    title="Ledningsråd Medicintekniska produkter",
    slug="ledningsrad",
    fields={
        "level": "officials",
        "role": "decides",
        "form": "council",
        "assignments_from_other": "Kommunerna i Västra Götaland och "
        "Västra Götalandsregionen",
    },
    content=[
        block(
            "assignment",
            heading="Uppdrag",
            anchor="uppdrag",
            intro="Uppdraget utgår från huvudmännens hälso- och sjukvårdsansvar och är "
            "att",
            items=[
                "på uppdrag av kommunerna i Västra Götaland och Västra "
                "Götalandsregionen säkerställa en organisation och ett arbetssätt som "
                "erbjuder expertkompetens, regelverk, sortiment samt försörjning av "
                "medicintekniska produkter i vardagsmiljö för invånarna i "
                "VästraGötalan",
                "vara en rådgivande expertfunktion i medicintekniska frågor. "
                "Ledningsrådets arbete ska bidra till att det är enkelt och tryggt att "
                "vara patient/brukare, enkelt att stödja patienten/brukaren, på ett "
                "patientsäkert sätt samt säkerställa en jämlik och hälsoekonomisk "
                "användning av medicintekniska produkter i vardagsmiljö för invånarna "
                "i Västra Götaland.",
            ],
        ),
        block(
            "responsibilities",
            heading="Ansvar",
            anchor="ansvar",
            items=[
                "bevaka, värdera och bidra till nationella och regionala "
                "kunskapsunderlag",
                "vara uppdaterad på trender och nyheter inom det medicintekniska "
                "området",
                "hantera principiella och strategiska frågor gällande regelverk, "
                "sortiment och försörjning",
                "säkerställa kravställning och behovsanalys inför upphandling samt "
                "följa upp upphandlingar",
                "ta fram underlag gällande reglering i regelverk och försörjning för "
                "nya produkter och produktområden",
                "säkerställa att in- och utfasning av nya medicintekniska produkter "
                "sker på ett koordinerat sätt",
                "verka för fungerande IT-stöd",
                "säkerställa att berörda nås av relevant och tydlig information och "
                "att kommunikation sker på ett strukturerat sätt",
                "tolka, utveckla och följa upp aktuella avtal och överenskommelser "
                "mellan parterna, samt verka för en god följsamhet samt hantera och "
                "prioritera utvecklingsfrågor",
                "ge och följa upp uppdrag samt ge strategisk vägledning till "
                "ledningsrådets beredningsorganisation",
                "utse ordförande i permanenta och tillfälliga beredningsgrupper",
            ],
        ),
        block(
            "mandate",
            heading="Mandat",
            anchor="mandat",
            items=[
                mandate_item(
                    "Hantera verkställighet inom befintliga avtal och överenskommelser "
                    "inom ledningsrådets verksamhetsområde.",
                    topic="Verkställighet",
                )
            ],
        ),
        block(
            "composition",
            heading="Sammansättning av ledamöter",
            anchor="sammansattning",
            intro="Ledningsrådet för medicintekniska produkter ska bestå av deltagare "
            "som representerar både VGR och VGK. Totalt ska det vara 12 deltagare "
            "varav 1 ordförande, 1 vice ordförande samt 10 ledamöter.",
            stated_total=12,
            rows=[
                row(
                    "Ordförande eller vice ordförande: kommunrepresentant",
                    1,
                    party="VGK",
                    appointed_by="VästKom",
                ),
                row(
                    "Ordförande eller vice ordförande: VGR-representant",
                    1,
                    party="VGR",
                    appointed_by="Hälso- och sjukvårdsdirektören",
                ),
                row(
                    "Ledamöter från kommunerna i Västra Götaland",
                    5,
                    party="VGK",
                    appointed_by="VästKom",
                    note="Bemannas av Kommunalförbunden samt Göteborgs stad, som "
                    "nominerar sina ledamöter.",
                ),
                row(
                    "Ledamöter från VGR",
                    5,
                    party="VGR",
                    appointed_by="Hälso- och sjukvårdsdirektören förordnar, efter "
                    "nominering av Program- och prioriteringsrådet (PPR)",
                    note="Representanter från sjukhus, Habilitering & Hälsa, offentlig "
                    "och privat primärvård. Primör utser representant från privata "
                    "vårdgivare.",
                ),
            ],
            chair_rule="Ansvaret för ordförandeskap samt vice ordförande alternerar "
            "vartannat år mellan VGR och VGK.",
            co_opted=[
                "Representant från distributör/-er deltar vid överenskomna punkter vid "
                "varje möte."
            ],
            secretary="Representant från samordnare/vårdutvecklare deltar som "
            "sekreterare samt föredragande för sina punkter.",
        ),
        block(
            "competence_criteria",
            heading="Kompetenskriterier",
            anchor="kompetenskriterier",
            required_criteria=[
                "Kunskap om Hälso- och sjukvårdsprocessen och aktuellt regelverk",
                "Intresse för flera medicintekniska produktgrupper",
                "Erfarenhet av verksamhetsansvar med förståelse för ekonomiska och "
                "verksamhetskonsekvenser av olika beslut.",
                "Strategisk förmåga",
                "Erfarenhet av vårdsamverkan inom ledningsrådets verksamhetsområde",
                "Vilja verka för en utveckling av hela verksamhetsområdet",
            ],
            meritorious=[
                "God insyn i den organisation man representerar",
                "Kunskap om nätverk i den egna organisationen för att kunna inhämta "
                "och värdera information",
                "Kunskap om den politiska processen",
            ],
            at_least_one_member=[
                "Kunskap om socialtjänst",
                "Kunskap om kommunal hälso- och sjukvård",
                "Inköpskompetens, förståelse för inköpsprocessen för medicintekniska "
                "produkter i vardagsmiljö och kunna vara brygga mellan inköp och denna "
                "organisation",
                "Medicinsk kompetens",
            ],
        ),
        block(
            "nomination_process",
            heading="Nomineringsprocess",
            anchor="nomineringsprocess",
            groups=[
                nomination(
                    "Ordförande samt vice ordförande",
                    "1 kommunrepresentant som utses av VästKom",
                    "1 VGR-representant som utses av Hälso- och sjukvårdsdirektören",
                ),
                nomination(
                    "Ledamöter",
                    "Respektive kommunalförbund samt Göteborgs Stad nominerar sina "
                    "ledamöter som utses av VästKom.",
                    "Program- och prioriteringsrådet (PPR) nominerar ledamöterna från "
                    "VGR och Hälso- och sjukvårdsdirektören förordnar",
                    "Primör utser representant från privata vårdgivare",
                ),
            ],
        ),
        block(
            "working_forms",
            heading="Arbetsformer",
            anchor="arbetsformer",
            meetings_min=6,
            meetings_period="year",
            extra_meetings="Ordförande kan kalla till ytterligare möten vid behov.",
            decision_rule=CONSENSUS_RULE,
            quorum="Beslut kan fattas när minst hälften av de utsedda representanterna "
            "från VGR respektive VGK närvarar eller på annat sätt inför mötet deltagit "
            "i avgörandet.",
            minutes="Mötesanteckningar ska föras och rekommendationer samt "
            "beslutsunderlag ska dokumenteras. All dokumentation ska finnas "
            "tillgänglig för representanterna på en gemensam plattform.",
            other=[
                "Ordförande och vice ordförande utgör presidium och ansvarar för att "
                "stödja samordningsfunktionen i det operativa arbetet."
            ],
        ),
        block(
            "communication",
            heading="Kommunikation",
            anchor="kommunikation",
            body=paragraphs(
                "Ansvaret för information och kommunikation ligger på ledningsrådets "
                "beredningsorganisation."
            ),
        ),
    ],
)


def _preparatory_group(key, title, slug, content):
    """One of the three permanent preparatory groups."""
    return PageSpec(
        BodyPage,
        key=key,
        title=title,
        slug=slug,
        fields={
            "level": "officials",
            "role": "prepares",
            "form": "group",
            "reports_to": Ref("vg-ledningsrad"),
            "assignments_from": Ref("vg-ledningsrad"),
        },
        content=content,
    )


PREPARATORY_GROUPS = PageSpec(
    BodyPage,
    key="vg-beredningsgrupper",
    title="Beredningsgrupper",
    slug="beredningsgrupper",
    fields={
        "level": "officials",
        "role": "prepares",
        "form": "group",
        "reports_to": Ref("vg-ledningsrad"),
        "assignments_from": Ref("vg-ledningsrad"),
        "introduction": paragraphs(
            "Beredningsgrupperna får uppdrag och strategisk vägledning från "
            "Ledningsrådet Medicintekniska produkter. Beredningsgruppernas uppdrag är "
            "att bereda frågor inom respektive ansvarsområde och ta fram förslag, "
            "rekommendationer och beslutsunderlag till Ledningsrådet.",
            "Det finns tre fasta beredningsgrupper;",
        ),
    },
    content=[
        block(
            "assignment",
            heading="Gemensamt uppdrag",
            anchor="gemensamt-uppdrag",
            items=[
                "Bereda frågor inom respektive ansvarsområde och ta fram förslag, "
                "rekommendationer och beslutsunderlag till Ledningsrådet "
                "Medicintekniska produkter.",
                "Verka för evidensbaserad hjälpmedelsförskrivning.",
                "Verka för en likvärdig grundsyn på hjälpmedelsförsörjningen.",
                "Följa och bidra till utveckling inom området.",
                "Vid behov involvera Hjälpmedelsforum, när så behövs, för att få "
                "förankring och perspektiv i frågor.",
            ],
        ),
        block(
            "mandate",
            heading="Mandat",
            anchor="mandat",
            items=[
                mandate_item(
                    "Fatta beslut i sortimentsfrågor och om redaktionella ändringar i "
                    "Handbok för förskrivning av personliga hjälpmedel.",
                    topic="Sortiment och handbok",
                ),
                mandate_item(
                    "Fatta beslut om förändringar gällande utförandet av momenten i "
                    "tjänsterna",
                    topic="Tjänster",
                ),
                mandate_item(
                    "Fatta beslut om anpassning gällande IT-stöd upp till 50 000 kr.",
                    topic="IT-stöd",
                    money_limit=50000,
                ),
                mandate_item(
                    "Ta fram förslag och beslutsunderlag till Ledningsrådet "
                    "Medicintekniska produkter.",
                    topic="Beredning",
                ),
            ],
        ),
        block(
            "composition",
            heading="Arbetsorganisation",
            anchor="arbetsorganisation",
            intro="Beredningsgruppen består av representanter för kommunerna i Västra "
            "Götaland och Västra Götalandsregionens förvaltningar.",
            rows=[
                row(
                    "Kommun",
                    5,
                    party="Kommunerna",
                    appointed_by="Kommunalförbunden och Göteborgs stad genom VästKom",
                ),
                row(
                    "VGR",
                    5,
                    party="VGR",
                    appointed_by="VGR via koncernledning Hälso- och sjukvård",
                ),
                row(
                    "Hjälpmedelscentralen",
                    1,
                    party="Hjälpmedelscentralen",
                    appointed_by="Regionservice",
                ),
            ],
            chair_rule="Ledningsrådet utser ordförande.",
            notes=["Samordningsfunktionen deltar i samtliga beredningsgrupper."],
        ),
        block(
            "working_forms",
            heading="Arbetsformer",
            anchor="arbetsformer",
            meetings_min=6,
            meetings_max=8,
            meetings_period="year",
            meetings_note="Utifrån behov.",
            minutes="Mötesanteckningar ska föras och rekommendationer samt "
            "beslutsunderlag ska dokumenteras. All dokumentation ska finnas "
            "tillgänglig för representanterna på en gemensam plattform samt förvaras "
            "hos samordningsfunktionen.",
            other=[
                "Beredningsgruppen får uppdrag och strategisk vägledning från "
                "Ledningsrådet Medicintekniska produkter.",
                "Ordförande rapporterar till Ledningsrådet Medicintekniska produkter.",
            ],
        ),
        block(
            "communication",
            heading="Kommunikation",
            anchor="kommunikation",
            body=paragraphs(
                "Representanterna i beredningsgruppen ansvarar för att inhämta "
                "synpunkter och informera utifrån representationsansvaret."
            ),
        ),
        block(
            "nomination_process",
            heading="Nomineringsprocess",
            anchor="nomineringsprocess",
            intro="Samordningsfunktionen för hjälpmedelssamverkan initierar till "
            "respektive ansvarig att utse representant till beredningsgruppen.",
            leaving=LEAVING,
        ),
    ],
    children=[
        _preparatory_group(
            "vg-bg-handbok-och-sortiment",
            "Beredningsgrupp Handbok & Sortiment",
            "handbok-och-sortiment",
            [
                block(
                    "responsibilities",
                    heading="Ansvar",
                    anchor="ansvar",
                    items=[
                        "Ansvarar för beredning, uppföljning och revidering av "
                        "riktlinjer och produktanvisningar i Handbok för förskrivning "
                        "av personliga hjälpmedel.",
                        "Beredningsgruppen hanterar sortimentsfrågor, i samverkan med "
                        "Hjälpmedelscentralen, enligt överenskommen process för "
                        "sortimentsarbete.",
                    ],
                )
            ],
        ),
        _preparatory_group(
            "vg-bg-avtal-och-utveckling",
            "Beredningsgrupp Avtal & Utveckling",
            "avtal-och-utveckling",
            [
                block(
                    "responsibilities",
                    heading="Ansvar",
                    anchor="ansvar",
                    items=[
                        "Ansvarar för beredning, uppföljning och utveckling av "
                        "samarbetsavtalet."
                    ],
                ),
                block(
                    "assignment",
                    heading="Uppdrag",
                    anchor="uppdrag",
                    items=[
                        "Uppdraget omfattar beredning av strategiskt ekonomiska "
                        "frågor, prioriteringar och utvecklingsuppdrag."
                    ],
                ),
            ],
        ),
        _preparatory_group(
            "vg-bg-it-stod",
            "Beredningsgrupp IT-stöd",
            "it-stod",
            [
                block(
                    "responsibilities",
                    heading="Ansvar",
                    anchor="ansvar",
                    items=[
                        "Hanterar frågor kring utveckling och anpassning gällande "
                        "användningen av IT-stödet."
                    ],
                )
            ],
        ),
    ],
)

ASSISTIVE_DEVICES_FORUM = PageSpec(
    BodyPage,
    key="vg-hjalpmedelsforum",
    title="Hjälpmedelsforum",
    slug="hjalpmedelsforum",
    fields={
        "level": "officials",
        "role": "advises",
        "form": "forum",
        "convener": "Samordningsfunktionen",
        "secretariat": "Samordningsfunktionen",
        "introduction": paragraphs(
            "Hjälpmedelsforum utgör ett forum för dialog och informationsutbyte "
            "avseende förskrivning och försörjning av hjälpmedel. Genom information "
            "och kommunikation ges förutsättningar för en likvärdig grundsyn på "
            "förskrivning och försörjning för patienter i Västra Götaland."
        ),
    },
    content=[
        block(
            "assignment",
            heading="Uppdragsbeskrivning",
            anchor="uppdrag",
            intro="Hjälpmedelsforums representanter ska:",
            items=[
                "Verka för gemensamma och samordnade arbetssätt inom "
                "hjälpmedelsområdet.",
                "Ansvara för kommunikation och dialog avseende tillämpning av "
                "rekommendationer från beredningsgrupperna och Ledningsrådet "
                "Medicintekniska produkter.",
                "Föra in relevanta frågor som aktualiserats i respektive organisation.",
                "Sprida information och förankra de frågor som hanterats i "
                "Hjälpmedelsforum",
            ],
        ),
        block(
            "composition",
            heading="Arbetsorganisation",
            anchor="arbetsorganisation",
            intro="Hjälpmedelsforum består av representanter från kommunerna i Västra "
            "Götaland, Västra Götalandsregionens förvaltningar och "
            "Hjälpmedelscentralen.",
            rows=[
                row(
                    "Kommunerna i VG",
                    53,
                    party="Kommunerna",
                    of_which_count=5,
                    of_which_label="Göteborgs stad",
                ),
                row("Primärvård, offentlig", 5, party="VGR"),
                row("Primärvård, privat", 5, party="VGR"),
                row("Primärvårdens hjälpmedelsenhet", 1, party="VGR"),
                row("Habilitering & Hälsa", 2, party="VGR"),
                row("Länssjukvård", 8, party="VGR"),
                row("Hjälpmedelscentralen", 1, party="Hjälpmedelscentralen"),
            ],
            chair_rule="Samordningsfunktionen är ordförande och sekreterare.",
            secretary="Samordningsfunktionen",
            notes=[
                "Vid särskilda behov kan representationen ändras, exempelvis kan en "
                "stor kommun erbjudas två platser. Ledningsrådet Medicintekniska "
                "produkter beslutar om eventuell förändring."
            ],
        ),
        block(
            "working_forms",
            heading="Arbetsformer",
            anchor="arbetsformer",
            meetings_min=2,
            meetings_max=3,
            meetings_period="year",
            meetings_note="Med inriktning på frågor där dialog är viktig.",
            notice="Kallelse med dagordning skickas ut senast två veckor innan möte.",
            minutes="Mötesanteckningar ska föras, skickas till representanterna samt "
            "finnas publicerade på avsedd webbplats. Mötesanteckningar och övriga "
            "dokument ska finnas tillgänglig för representanterna på en gemensam "
            "plattform samt förvaras hos samordningsfunktionen.",
            other=[
                "Anmälan till möte ska göras enligt information på avsedd webbplats.",
                "Aktuell information förmedlas elektroniskt mellan mötena till "
                "representanterna, för vidare spridning till berörd enhet/verksamhet.",
            ],
        ),
        block(
            "communication",
            heading="Kommunikation",
            anchor="kommunikation",
            body=paragraphs(
                "Representanterna i Hjälpmedelsforum ska säkerställa att information "
                "sprids inom de organisationer de representerar på forumet."
            ),
        ),
        block(
            "nomination_process",
            heading="Nomineringsprocess",
            anchor="nomineringsprocess",
            intro="Samordningsfunktionen för hjälpmedelssamverkan initierar till "
            "respektive vårdgivare att utse representant till Hjälpmedelsforum. "
            "Representanter bör ha god kunskap om hjälpmedel.",
            leaving=LEAVING,
        ),
    ],
)

COORDINATION_FUNCTION = PageSpec(
    BodyPage,
    key="vg-samordningsfunktion",
    title="Samordningsfunktion",
    slug="samordningsfunktion",
    fields={
        "level": "officials",
        "role": "coordinates",
        "form": "function",
        "assignments_from": Ref("vg-ledningsrad"),
        "introduction": paragraphs(
            "Utvecklingsledare med expertkunskap inom hjälpmedelsområdet ska inom "
            "samordningsfunktionen samordna hjälpmedelsfrågor på uppdrag av "
            "huvudmännen genom Ledningsråd Medicintekniska produkter. "
            "Samordningsfunktionen organiseras inom Västra Götalandsregionens "
            "Koncernstab Hälso- och sjukvård."
        ),
    },
    content=[
        block(
            "assignment",
            heading="Uppdragsbeskrivning",
            anchor="uppdrag",
            items=[
                "Samordna agenda och vara sekreterare vid Ledningsrådet "
                "Medicintekniska produkter.",
                "Rapportera till Ledningsrådet Medicintekniska produkter från "
                "beredningsgrupperna.",
                "Bevaka och föreslå strategiska/taktiska frågor avseende förskrivning "
                "och försörjning till Ledningsrådet Medicintekniksa produkter.",
                "Samordna och planera beredningsgruppernas arbete som ordförande eller "
                "tillsammans med ordförande.",
                "Samordna beredning, uppföljning och revidering av riktlinjer och "
                "produktanvisningar i Handbok för förskrivning av personliga "
                "hjälpmedel.",
                "Vara ordförande och sekreterare och ansvara för dagordningen i "
                "Hjälpmedelsforum.",
                "Sammanställa uppföljningsrapporter och rapportera resultat till "
                "samverkansorganisationen.",
                "Samarbeta med vårdgivare, hjälpmedelscentral, brukarorganisationerna, "
                "sektorsråd och läkemedelsnära produkter.",
                "Samarbeta med Hjälpmedelscentralen i löpande frågor.",
                "Företräda vårdgivarna vid samarbete med Hjälpmedelscentralen.",
                "Informera om övergripande frågor via webbplatsen Hjälpmedel i Västra "
                "Götaland och nyhetsbrev. Vid behov upprätta kommunikationsplan.",
                "Vara redaktör och informationsansvarig för webbplats.",
            ],
        ),
        block(
            "section",
            heading="Arbetsorganisation",
            anchor="arbetsorganisation",
            body=paragraphs(
                "Samordningsfunktionen organiseras inom Västra Götalandsregionens "
                "Koncernstab hälso- och sjukvård."
            ),
        ),
    ],
)

SPECIFICATION = PageSpec(
    SpecificationPage,
    key="vg-specifikation",
    title="Specifikation gällande samarbete och styrning",
    slug="samarbete-och-styrning",
    published_at=local_datetime(2019, 5, 10, 12, 13),
    fields={
        "owner_name": "Samarbetsorganisationen för hjälpmedel i Västra Götaland",
        "introduction": paragraphs(
            "Specifikationen anger hur samarbete och styrning hanteras inom "
            "samarbetsorganisationen.",
            "Specifikationen är webbaserad. Förändring av innehållet i specifikationen "
            "kan göras under avtalstiden. Beslut om förändring fattas inom "
            "samarbetsorganisationen. Respektive avtalspart ansvarar för att "
            "implementera beslutade förändringar.",
            "Vårdgivarnas inflytande och medverkan inom ramen för detta samarbetsavtal "
            "säkerställs i samarbetsorganisationen. Samarbetsorganisationen ska "
            "eftersträva att alla vårdgivare oavsett driftsform medverkar i "
            "samarbetsorganisationen. Samarbetsavtalet ställer krav på strukturerade "
            "arbetsformer på såväl politisk- som tjänstemannanivå. För att säkerställa "
            "detta behövs tydliga uppdrag och befogenheter och effektiva "
            "handläggningsprocesser.",
            "I specifikationen beskrivs uppdrag, arbetsformer och representation för",
        )
        + bullets(
            "Politisk samarbetsorganisation", "Tjänstemännens samarbetsorganisation"
        ),
    },
    children=[
        SRO,
        POLITICAL_PREPARATORY_GROUP,
        LEADERSHIP_COUNCIL,
        PREPARATORY_GROUPS,
        ASSISTIVE_DEVICES_FORUM,
        COORDINATION_FUNCTION,
    ],
)

VASTRA_GOTALAND = PageSpec(
    OrganisationPage,
    key="vg",
    label="Västra Götaland",
    title="Hjälpmedel i Västra Götaland",
    slug="vastra-gotaland",
    fields={
        "short_name": "VG",
        "region": "Västra Götaland",
        "members": "Västra Götalandsregionen (VGR)\n"
        "Kommunerna i Västra Götaland (VGK), genom VästKom",
        "introduction": paragraphs(
            "Samarbetsorganisationen för hjälpmedel i Västra Götaland hanterar det "
            "gemensamma arbetet med personliga hjälpmedel och grundutrustning."
        ),
    },
    children=[SPECIFICATION, GUIDANCE, GLOSSARY],
)
