"""Seed 003: Ledningsråd Medicintekniska produkter."""

from pages.models import BodyPage

from ..spec import (
    PageSpec,
    block,
    mandate_item,
    nomination,
    paragraphs,
    row,
)
from .common import CONSENSUS_RULE

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
