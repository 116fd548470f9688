"""The benchmark's body: "Ledningsråd Medicintekniska produkter" from the Västra
Götaland specification (seed 003), as raw StreamField data for BodyStreamBlock.

Built in code rather than loaded from the demo so that the benchmark measures the same
page whatever happens to the demo content.
"""

TITLE = "Ledningsråd Medicintekniska produkter"

_VGR_APPOINTS = "Hälso- och sjukvårdsdirektören efter nominering av PPR"


def _row(party, group, members, appointed_by, note=""):
    return {
        "party": party,
        "group": group,
        "members": members,
        "appointed_by": appointed_by,
        "note": note,
    }


STREAM = [
    {
        "type": "assignment",
        "value": {
            "intro": (
                "Uppdraget utgår från huvudmännens hälso- och sjukvårdsansvar "
                "och är att"
            ),
            "items": [
                "på uppdrag av kommunerna i Västra Götaland och Västra "
                "Götalandsregionen säkerställa en organisation och ett arbetssätt som "
                "erbjuder expertkompetens, regelverk, sortiment samt försörjning av "
                "medicintekniska produkter i vardagsmiljö för invånarna i Västra "
                "Götaland",
                "vara en rådgivande expertfunktion i medicintekniska frågor. "
                "Ledningsrådets arbete ska bidra till att det är enkelt och tryggt att "
                "vara patient/brukare, enkelt att stödja patienten/brukaren, på ett "
                "patientsäkert sätt samt säkerställa en jämlik och hälsoekonomisk "
                "användning av medicintekniska produkter i vardagsmiljö för invånarna "
                "i Västra Götaland.",
            ],
        },
    },
    {
        "type": "responsibilities",
        "value": {
            "items": [
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
                "säkerställa att berörda nås av relevant och tydlig information "
                "och att kommunikation sker på ett strukturerat sätt",
                "tolka, utveckla och följa upp aktuella avtal och överenskommelser "
                "mellan parterna, samt verka för en god följsamhet samt hantera och "
                "prioritera utvecklingsfrågor",
                "ge och följa upp uppdrag samt ge strategisk vägledning till "
                "ledningsrådets beredningsorganisation",
                "utse ordförande i permanenta och tillfälliga beredningsgrupper",
            ],
        },
    },
    {
        "type": "mandate",
        "value": {
            "intro": (
                "Hantera verkställighet inom befintliga avtal och överenskommelser "
                "inom ledningsrådets verksamhetsområde."
            ),
            "items": [
                {
                    "decision": "Fatta beslut om anpassning gällande IT-stöd.",
                    "scope": "Beredningsgrupp IT-stöd",
                    "topic": "IT",
                    "money_limit": 50000,
                },
                {
                    "decision": (
                        "Fatta beslut i sortimentsfrågor och om redaktionella "
                        "ändringar i Handbok för förskrivning av personliga "
                        "hjälpmedel."
                    ),
                    "scope": "Beredningsgrupp Handbok & Sortiment",
                    "topic": "Sortiment",
                    "money_limit": None,
                },
                {
                    "decision": (
                        "Fatta beslut om förändringar gällande utförandet av momenten "
                        "i tjänsterna."
                    ),
                    "scope": "Beredningsgrupp Avtal & Utveckling",
                    "topic": "Avtal",
                    "money_limit": None,
                },
            ],
        },
    },
    {
        "type": "composition",
        "value": {
            "heading": "Sammansättning av ledamöter",
            "intro": (
                "Ledningsrådet för medicintekniska produkter ska bestå av "
                "deltagare som representerar både VGR och VGK. Totalt ska det vara "
                "12 deltagare varav 1 ordförande, 1 vice ordförande samt 10 "
                "ledamöter."
            ),
            "rows": [
                _row("VGK", "Ordförande eller vice ordförande", 1, "VästKom"),
                _row("VGR", "Ordförande eller vice ordförande", 1, _VGR_APPOINTS),
                _row(
                    "VGK",
                    "Kommunalförbunden",
                    4,
                    "VästKom",
                    "En ledamot från vart och ett av de fyra kommunalförbunden.",
                ),
                _row("VGK", "Göteborgs stad", 1, "VästKom"),
                _row("VGR", "Sjukhus", 2, _VGR_APPOINTS),
                _row("VGR", "Habilitering & Hälsa", 1, _VGR_APPOINTS),
                _row("VGR", "Primärvård, offentlig", 1, _VGR_APPOINTS),
                _row("VGR", "Primärvård, privat", 1, "Primör"),
            ],
            "stated_total": 12,
            "chair_rule": (
                "Ansvaret för ordförandeskap samt vice ordförande alternerar vartannat "
                "år mellan VGR och VGK."
            ),
            "co_opted": [
                "Representant från distributör/-er deltar vid överenskomna punkter vid "
                "varje möte."
            ],
            "secretary": (
                "Representant från samordnare/vårdutvecklare deltar som sekreterare "
                "samt föredragande för sina punkter."
            ),
            "notes": [
                "De 5 ledamöterna från VGR är representanter från sjukhus, "
                "Habilitering & Hälsa, offentlig och privat primärvård."
            ],
        },
    },
    {
        "type": "competence_criteria",
        "value": {
            "required_criteria": [
                "Kunskap om Hälso- och sjukvårdsprocessen och aktuellt regelverk",
                "Intresse för flera medicintekniska produktgrupper",
                "Erfarenhet av verksamhetsansvar med förståelse för ekonomiska och "
                "verksamhetskonsekvenser av olika beslut",
                "Strategisk förmåga",
                "Erfarenhet av vårdsamverkan inom ledningsrådets verksamhetsområde",
                "Vilja verka för en utveckling av hela verksamhetsområdet",
            ],
            "meritorious": [
                "God insyn i den organisation man representerar",
                "Kunskap om nätverk i den egna organisationen för att kunna inhämta "
                "och värdera information",
                "Kunskap om den politiska processen",
            ],
            "at_least_one_member": [
                "Kunskap om socialtjänst",
                "Kunskap om kommunal hälso- och sjukvård",
                "Inköpskompetens, förståelse för inköpsprocessen för medicintekniska "
                "produkter i vardagsmiljö och kunna vara brygga mellan inköp och denna "
                "organisation",
                "Medicinsk kompetens",
            ],
        },
    },
    {
        "type": "nomination_process",
        "value": {
            "groups": [
                {
                    "title": "Ordförande samt vice ordförande",
                    "steps": [
                        "1 kommunrepresentant som utses av VästKom",
                        "1 VGR-representant som utses av Hälso- och "
                        "sjukvårdsdirektören",
                    ],
                },
                {
                    "title": "Ledamöter",
                    "steps": [
                        "Respektive kommunalförbund samt Göteborgs Stad nominerar sina "
                        "ledamöter som utses av VästKom.",
                        "Program- och prioriteringsrådet (PPR) nominerar ledamöterna "
                        "från VGR och Hälso- och sjukvårdsdirektören förordnar.",
                        "Primör utser representant från privata vårdgivare.",
                    ],
                },
            ],
            "leaving": (
                "Representant aviserar till samordningsfunktionen och sin "
                "uppdragsgivare att hen avser att avsluta sitt uppdrag."
            ),
        },
    },
    {
        "type": "working_forms",
        "value": {
            "meetings_min": 6,
            "meetings_max": None,
            "meetings_period": "year",
            "extra_meetings": "Ordförande kan kalla till ytterligare möten vid behov.",
            "decision_rule": (
                "Alla beslut ska ske i enighet. Om enighet inte kan uppnås i en fråga "
                "ska ärendet återremitteras för förnyad beredning eller avföras."
            ),
            "quorum": (
                "Beslut kan fattas när minst hälften av de utsedda representanterna "
                "från VGR respektive VGK närvarar eller på annat sätt inför mötet "
                "deltagit i avgörandet."
            ),
            "chair": (
                "Ordförande och vice ordförande utgör presidium och ansvarar för att "
                "stödja samordningsfunktionen i det operativa arbetet."
            ),
            "minutes": (
                "Mötesanteckningar ska föras och rekommendationer samt "
                "beslutsunderlag ska dokumenteras. All dokumentation ska finnas "
                "tillgänglig för representanterna på en gemensam plattform."
            ),
            "other": [],
        },
    },
    {
        "type": "communication",
        "value": {
            "body": (
                "<p>Ansvaret för information och kommunikation ligger på "
                "ledningsrådets beredningsorganisation.</p>"
            ),
        },
    },
]
