"""Load drivers: wrk when it is installed, else a pure-Python one; both run outside
the benchmark's own process and report requests/s, latency percentiles and errors.

This module imports nothing from Django, so the Python driver's worker processes
start quickly.
"""

import http.client
import multiprocessing
import os
import re
import shutil
import statistics
import subprocess
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass
from urllib.parse import urlsplit

WRK_THREADS = 2


class LoadError(RuntimeError):
    pass


@dataclass(frozen=True)
class LoadResult:
    name: str
    url: str
    driver: str
    requests: int
    seconds: float
    requests_per_second: float
    p50_ms: float
    p90_ms: float
    #: None from wrk: without a Lua script it prints p50, p75, p90 and p99 only.
    p95_ms: float | None
    p99_ms: float
    #: Responses outside 200–299 (wrk: status 400 and above).
    non_2xx: int
    socket_errors: int

    def as_dict(self):
        return asdict(self)


def choose_driver(requested="auto"):
    if requested == "auto":
        return "wrk" if shutil.which("wrk") else "python"
    if requested == "wrk" and not shutil.which("wrk"):
        raise LoadError(
            "wrk is not on PATH (apt-get install wrk), use --driver python."
        )
    return requested


def check_answers_200(url, requests=20):
    """GET `url` a few times (which also warms up every worker); all must be 200."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        for _ in range(requests):
            connection.request("GET", parts.path)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                raise LoadError(
                    f"{url} answered {response.status} {response.reason}, not 200; "
                    "nothing was measured."
                )
    finally:
        connection.close()


def measure(name, url, *, driver, duration, connections):
    if driver == "wrk":
        figures = _run_wrk(url, duration, connections)
    else:
        figures = _run_python(url, duration, connections)
    return LoadResult(name=name, url=url, driver=driver, **figures)


# wrk ----------------------------------------------------------------------------

_MS_PER_UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
_PERCENTILE = re.compile(
    r"^\s*(50|75|90|99)(?:\.0+)?%\s+([\d.]+)(us|ms|s|m|h)\s*$", re.M
)
_REQUESTS = re.compile(r"(\d+) requests in ([\d.]+)(us|ms|s|m|h)")
_RATE = re.compile(r"Requests/sec:\s+([\d.]+)")
_NON_2XX = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
_SOCKET_ERRORS = re.compile(
    r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)"
)


def _run_wrk(url, duration, connections):
    command = [
        "wrk",
        "-t", str(min(WRK_THREADS, connections)),
        "-c", str(connections),
        "-d", f"{duration}s",
        "--timeout", "10s",
        "--latency",
        url,
    ]  # fmt: skip
    result = subprocess.run(  # noqa: S603 - fixed arguments
        command, capture_output=True, text=True, check=False, timeout=duration + 60
    )
    if result.returncode != 0:
        raise LoadError(f"wrk failed ({result.returncode}): {result.stderr.strip()}")
    return parse_wrk(result.stdout)


def parse_wrk(output):
    """The figures of `wrk --latency` output (wrk 4.x)."""
    percentiles = {
        int(match[1]): float(match[2]) * _MS_PER_UNIT[match[3]]
        for match in _PERCENTILE.finditer(output)
    }
    requests = _REQUESTS.search(output)
    rate = _RATE.search(output)
    if not (requests and rate and {50, 90, 99} <= percentiles.keys()):
        raise LoadError(f"Could not read wrk's output:\n{output}")
    non_2xx = _NON_2XX.search(output)
    socket_errors = _SOCKET_ERRORS.search(output)
    return {
        "requests": int(requests[1]),
        "seconds": float(requests[2]) * _MS_PER_UNIT[requests[3]] / 1000,
        "requests_per_second": float(rate[1]),
        "p50_ms": percentiles[50],
        "p90_ms": percentiles[90],
        "p95_ms": None,
        "p99_ms": percentiles[99],
        "non_2xx": int(non_2xx[1]) if non_2xx else 0,
        "socket_errors": sum(map(int, socket_errors.groups())) if socket_errors else 0,
    }


# Python fallback ------------------------------------------------------------------


def _run_python(url, duration, connections):
    """`connections` keep-alive connections spread over one process per core."""
    processes = max(1, min(connections, os.cpu_count() or 1))
    shares = [
        connections // processes + (1 if index < connections % processes else 0)
        for index in range(processes)
    ]
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(processes + 1)
    results = context.Queue()
    workers = [
        context.Process(
            target=_worker, args=(url, duration, share, start, results), daemon=True
        )
        for share in shares
    ]
    for worker in workers:
        worker.start()
    try:
        start.wait(timeout=60)
        collected = [results.get(timeout=duration + 60) for _ in workers]
    finally:
        for worker in workers:
            if worker.is_alive():
                worker.terminate()
            worker.join()

    latencies = sorted(ms for result in collected for ms in result["latencies_ms"])
    statuses = sum((result["statuses"] for result in collected), Counter())
    seconds = max(result["seconds"] for result in collected)
    if len(latencies) < 2:
        raise LoadError(
            f"Only {len(latencies)} responses from {url} in {seconds:.1f} s."
        )
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    return {
        "requests": len(latencies),
        "seconds": seconds,
        "requests_per_second": len(latencies) / seconds,
        "p50_ms": cuts[49],
        "p90_ms": cuts[89],
        "p95_ms": cuts[94],
        "p99_ms": cuts[98],
        "non_2xx": sum(n for status, n in statuses.items() if not 200 <= status < 300),
        "socket_errors": sum(result["socket_errors"] for result in collected),
    }


def _worker(url, duration, connections, start, results):
    """One process: `connections` threads, each looping over one HTTP connection."""
    parts = urlsplit(url)
    tallies = [_Tally() for _ in range(connections)]
    start.wait(timeout=60)
    began = time.monotonic()
    deadline = began + duration
    threads = [
        threading.Thread(target=_drive, args=(parts, deadline, tally))
        for tally in tallies
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    results.put(
        {
            "latencies_ms": [ms for tally in tallies for ms in tally.latencies_ms],
            "statuses": sum((tally.statuses for tally in tallies), Counter()),
            "socket_errors": sum(tally.socket_errors for tally in tallies),
            "seconds": time.monotonic() - began,
        }
    )


class _Tally:
    def __init__(self):
        self.latencies_ms = []
        self.statuses = Counter()
        self.socket_errors = 0


def _drive(parts, deadline, tally):
    # http.client reconnects by itself when the server closes the connection
    # (gunicorn's sync workers close it after every response).
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        while time.monotonic() < deadline:
            sent = time.perf_counter()
            try:
                connection.request("GET", parts.path)
                response = connection.getresponse()
                response.read()
            except (OSError, http.client.HTTPException):
                tally.socket_errors += 1
                connection.close()
                continue
            tally.latencies_ms.append((time.perf_counter() - sent) * 1000)
            tally.statuses[response.status] += 1
    finally:
        connection.close()
