"""Seed 003: the preparatory groups (Beredningsgrupper) and their three groups."""

from pages.models import BodyPage

from ..spec import (
    PageSpec,
    Ref,
    block,
    mandate_item,
    paragraphs,
    row,
)
from .common import LEAVING


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
