"""Seed 003: Hjälpmedelsforum and the coordination function."""

from pages.models import BodyPage

from ..spec import (
    PageSpec,
    Ref,
    block,
    paragraphs,
    row,
)
from .common import LEAVING

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
