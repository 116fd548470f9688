"""Seed 000: the application instruction for the collaboration structure before GNHH,
with its three councils."""

from pages.models import BodyPage, RoutinePage

from ..spec import (
    PageSpec,
    Ref,
    block,
    bullets,
    paragraphs,
    row,
    subheading,
)

GNHH = "Gemensam nämnd för hemsjukvård och hjälpmedel (GNHH)"

ASSISTIVE_DEVICES_COUNCIL = PageSpec(
    BodyPage,
    key="halland-hjalpmedelsrad",
    title="Hjälpmedelsråd",
    slug="hjalpmedelsrad",
    fields={
        "level": "officials",
        "role": "prepares",
        "form": "council",
        "convener": "HMC",
        "reports_to_other": GNHH,
        "introduction": paragraphs(
            "En ny struktur och arbetsprocess införs genom skapandet av ett "
            "Hjälpmedelsråd."
        ),
    },
    content=[
        block(
            "composition",
            heading="Sammansättning",
            anchor="sammansattning",
            rows=[
                row(
                    "HMC",
                    party="Region Halland",
                    defined_by_role="Verksamhetschef och avdelningschef",
                ),
                row(
                    "Vårdval Halland närsjukvård",
                    party="Region Halland",
                    defined_by_role="Verksamhetschef och avdelningschef",
                ),
                row(
                    "Respektive kommun",
                    party="Hallands kommuner",
                    defined_by_role="av socialchef utsedd person från respektive "
                    "kommun",
                    appointed_by="Socialchef",
                ),
            ],
        ),
        block(
            "working_forms",
            heading="Arbetsformer",
            anchor="arbetsformer",
            meetings_note="Hjälpmedelsrådet samlas i anslutning till GNHH:s presidium "
            "inför nästkommande sammanträde vid behov.",
            notice="Handlingar inför mötet mejlas ut minst en vecka innan.",
            decision_rule="Beslut och fastställande av nya/förändrade externa rutiner "
            "sker av verksamhetschef HMC efter dialog i Hjälpmedelsrådet. Med externa "
            "rutiner avses rutin som gäller mellan HMC och Region Hallands "
            "vårdförvaltningar och Hallands kommuner.",
            other=[
                "Underlag/ärenden som ska hanteras inkommer till verksamhetschef HMC "
                "som lyfter in dem till Hjälpmedelsrådet. Ärenden kan också inkomma "
                "via kommunrepresentant.",
            ],
        ),
    ],
)

ECONOMY_COUNCIL = PageSpec(
    BodyPage,
    key="halland-ekonomirad",
    title="Ekonomiråd",
    slug="ekonomirad",
    fields={
        "level": "officials",
        "role": "advises",
        "form": "council",
        "convener": "Controller HMC",
    },
    content=[
        block(
            "composition",
            heading="Sammansättning",
            anchor="sammansattning",
            rows=[
                row(
                    "HMC", party="Region Halland", defined_by_role="Controller från HMC"
                ),
                row(
                    "Respektive kommun",
                    party="Hallands kommuner",
                    defined_by_role="Ekonom/controller från respektive kommun",
                    appointed_by="Socialchef",
                ),
            ],
        ),
        block(
            "working_forms",
            heading="Arbetsformer",
            anchor="arbetsformer",
            meetings_note="Ekonomirådet samlas när det identifierats ett behov av "
            "samverkan inom ekonomi.",
        ),
    ],
)

PRESCRIBERS_COUNCIL = PageSpec(
    BodyPage,
    key="halland-forskrivarrad",
    title="Förskrivarråd",
    slug="forskrivarrad",
    fields={
        "level": "officials",
        "role": "advises",
        "form": "council",
        "convener": "HMC",
        "reports_to": Ref("halland-hjalpmedelsrad"),
    },
    content=[
        block(
            "composition",
            heading="Sammansättning",
            anchor="sammansattning",
            rows=[
                row(
                    "Hallands sjukhus",
                    party="Region Halland",
                    defined_by_role="Förskrivare",
                ),
                row(
                    "Vårdval Halland närsjukvård",
                    party="Region Halland",
                    defined_by_role="Förskrivare",
                ),
                row(
                    "Habiliteringen",
                    party="Region Halland",
                    defined_by_role="Förskrivare",
                ),
                row(
                    "Hallands kommuner",
                    party="Hallands kommuner",
                    defined_by_role="Förskrivare",
                ),
            ],
        ),
        block(
            "working_forms",
            heading="Arbetsformer",
            anchor="arbetsformer",
            other=["Förskrivarrådet lyfter vid behov ärende till Hjälpmedelsrådet."],
        ),
        block(
            "communication",
            heading="Kommunikation",
            anchor="kommunikation",
            body=paragraphs(
                "Deltagare i förskrivarrådet representerar sin verksamhet och ansvarar "
                "för att informationsdelning sker inom respektive organisation."
            ),
        ),
    ],
)

COLLABORATION_STRUCTURE = PageSpec(
    RoutinePage,
    key="halland-samverkansstruktur",
    title="Tillämpningsanvisning: Samverkansstruktur inför GNHH beredning",
    slug="samverkansstruktur-infor-gnhh",
    fields={
        "kind": "tillampningsanvisning",
        "review_interval_months": 12,
        "purpose": paragraphs(
            "Dokumentet är framtaget och överenskommet inom den regionala "
            "samverkansstrukturen i Halland. Varje huvudman ansvarar för att "
            "tillämpningsanvisningen fastställs i respektive huvudmans ledningssystem.",
            "Att beskriva process och struktur för samverkan mellan Hjälpmedelcentrum "
            "(HMC), Vårdval Halland närsjukvård och Hallands kommuner på "
            "tjänstepersonsnivå inför Gemensam nämnd för hemsjukvård och hjälpmedel "
            "(GNHH) beredning samt beslut om nya och/eller förändrade externa rutiner "
            "inom ramen för personligt förskrivna hjälpmedel och hjälpmedel som "
            "verksamhetsutrustning.",
        ),
    },
    content=[
        block(
            "standard_section",
            kind="link",
            heading="Länk till regional eller förvaltningsövergripande rutin",
            anchor="lank",
            body=paragraphs(
                "Länk till Samverkansavtal för gemensam nämnd för hemsjukvård och "
                "hjälpmedel (hädanefter kallat “Avtalet”)"
            ),
        ),
        block(
            "standard_section",
            kind="background",
            heading="Bakgrund",
            anchor="bakgrund",
            body=paragraphs(
                "Tidigare struktur och process för samverkan upplevs inte tillräckligt "
                "kvalitetssäkrad. I samband med framtagandet av Avtalet framkom därför "
                "behov att tydligt beskriva de former för samverkan som förenklar "
                "arbetsgången vid beredningsärenden till GNHH och beslut om nya "
                "och/eller förändrade externa rutiner."
            ),
        ),
        block(
            "standard_section",
            kind="implementation",
            heading="Genomförande",
            anchor="genomforande",
            body=paragraphs(
                "Följande rutin har tagits fram av Regional Utvecklingsgrupp God och "
                "nära vård utsedda representanter inom Region Halland och kommunerna i "
                "Halland."
            )
            + subheading("Samverkansstruktur inför GNHH beredning")
            + bullets("Hjälpmedelsråd", "Ekonomiråd", "Förskrivarråd"),
        ),
        block(
            "standard_section",
            kind="documentation",
            heading="Dokumentation",
            anchor="dokumentation",
            body=paragraphs(
                "Hjälpmedelsrådet, Ekonomirådet och Förskrivarrådet för "
                "minnesanteckningar i beslutat systemstöd."
            ),
        ),
        block(
            "standard_section",
            kind="communication",
            heading="Kommunikation",
            anchor="kommunikation",
            body=paragraphs(
                "Verksamhetschef HMC ansvarar för att delge resultat från "
                "Hjälpmedelsrådets möte till GNHH.",
                "Fastställda externa rutiner publiceras på Vårdgivarwebben.",
            ),
        ),
        block(
            "standard_section",
            kind="follow_up",
            heading="Uppföljning",
            anchor="uppfoljning",
            body=paragraphs(
                "Denna tillämpningsanvisning följs upp vid behov men minst en gång per "
                "år av Hjälpmedelsrådet."
            ),
        ),
    ],
    children=[ASSISTIVE_DEVICES_COUNCIL, ECONOMY_COUNCIL, PRESCRIBERS_COUNCIL],
)
