"""What `manage.py bench` reads: wrk's output with its percentiles script, and the
search page's result count for the searches it measures."""

from io import StringIO

import pytest
from django.core.management import call_command

from govsite.bench.content import build_bench_content, serve_from_default_site
from govsite.bench.searches import SEARCHES, count_hits
from govsite.bench.wrk import PERCENTILES, WrkError, parse_wrk

# wrk 4.1.0 (Debian) with the bench's percentiles.lua, 16 connections on 2 workers
# with a few errors.
WRK_OUTPUT = """\
Running 5s test @ http://127.0.0.1:41231/sok/?q=beredning
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   382.19ms   79.12ms 515.39ms   77.83%
    Req/Sec    22.00     12.98    60.00     73.81%
  203 requests in 5.01s, 1.78MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 3
Requests/sec:     40.52
Transfer/sec:    363.46KB
P50_US 376120
P90_US 484070
P95_US 497311
P99_US 511790
"""


def test_wrk_output_with_the_percentiles_script_gives_p50_and_p95():
    assert parse_wrk(WRK_OUTPUT) == {
        "requests": 203,
        "seconds": pytest.approx(5.01),
        "requests_per_second": 40.52,
        "p50_ms": pytest.approx(376.12),
        "p90_ms": pytest.approx(484.07),
        "p95_ms": pytest.approx(497.311),
        "p99_ms": pytest.approx(511.79),
        "non_2xx": 3,
        "socket_errors": 3,
    }


def test_wrk_output_without_the_script_lines_is_refused():
    without_p95 = WRK_OUTPUT.replace("P95_US 497311\n", "")
    with pytest.raises(WrkError, match="Could not read"):
        parse_wrk(without_p95)
    assert {50, 95} <= set(PERCENTILES)


@pytest.mark.django_db
def test_the_measured_searches_find_what_they_should_on_a_synthetic_site(client):
    content = build_bench_content()
    serve_from_default_site(content.home)
    call_command(
        "generate_site", organisations=1, bodies=3, versions=0, stdout=StringIO()
    )

    for search in SEARCHES:
        response = client.get(search.path("/sok/"))
        assert response.status_code == 200
        hits = count_hits(response.content.decode())
        assert hits is not None, "the bench cannot read the search page's count"
        assert (hits > 0) == search.expects_hits, (search.query, hits)
