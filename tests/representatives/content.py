"""Body content the register's tests share: a composition of 3 + 2 seats (one
deputy seat) and a mandate with a money limit."""

from pages.demo.spec import block, mandate_item, row

COMPOSITION = block(
    "composition",
    heading="Sammansättning",
    anchor="sammansattning",
    rows=[
        row("Kommunrepresentanter", 3, party="Kommunerna", deputies=1),
        row("Regionrepresentanter", 2, party="Regionen"),
    ],
)
MANDATE = block(
    "mandate",
    heading="Mandat",
    anchor="mandat",
    items=[
        mandate_item("Besluta om anpassning av IT-stöd", topic="IT", money_limit=50000),
        mandate_item("Fastställa rutiner", topic="Rutiner"),
    ],
)
