"""The chart and the mandate table read a bounded number of queries, however many
bodies the organisation has."""

import pytest

from tests.factories import BodyPageFactory

QUERY_BOUND = 15

CONTENT = [
    (
        "mandate",
        {
            "items": [
                {"decision": "Besluta om IT-stöd", "topic": "IT", "money_limit": 1}
            ]
        },
    ),
    ("composition", {"rows": [{"party": "A", "group": "A", "members": 5}]}),
    ("working_forms", {"quorum": "Minst hälften av ledamöterna."}),
]


def build(specification, count):
    previous = None
    for number in range(count):
        previous = BodyPageFactory(
            parent=specification,
            slug=f"organ-{number}",
            level="political" if number == 0 else "officials",
            reports_to=previous,
            assignments_from=previous,
            content=CONTENT,
        )


@pytest.mark.parametrize("count", [3, 30])
@pytest.mark.parametrize("route", ["organisationsschema/", "vem-beslutar/"])
def test_bounded_queries(
    client, organisation, specification, django_assert_max_num_queries, count, route
):
    build(specification, count)
    url = organisation.url + route
    client.get(url)  # Wagtail's site root paths cached, as on a running site
    with django_assert_max_num_queries(QUERY_BOUND):
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count("organ-") >= count
