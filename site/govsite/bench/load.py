"""Load drivers: wrk when it is installed (see `wrk`), else a pure-Python one; both
run outside the benchmark's own process and report requests/s, latency percentiles and
errors.

This module imports nothing from Django, so the Python driver's worker processes
start quickly.
"""

import http.client
import multiprocessing
import os
import shutil
import statistics
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass
from urllib.parse import urlsplit

from .wrk import WrkError, run_wrk


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
    #: Latency percentiles; None when no response came back within the duration.
    p50_ms: float | None
    p90_ms: float | None
    p95_ms: float | None
    p99_ms: float | None
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


def fetch(url, requests=1, *, seconds=None):
    """GET `url` `requests` times on one connection (stopping after `seconds`, but
    never before two requests); each must answer 200. Returns the last text."""
    parts = urlsplit(url)
    deadline = time.monotonic() + seconds if seconds else None
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        for number in range(requests):
            if deadline and number >= 2 and time.monotonic() > deadline:
                break
            connection.request("GET", _target(parts))
            response = connection.getresponse()
            body = response.read()
            if response.status != 200:
                raise LoadError(
                    f"{url} answered {response.status} {response.reason}, not 200; "
                    "nothing was measured."
                )
    finally:
        connection.close()
    return body.decode("utf-8", errors="replace")


def check_answers_200(url, requests=20, seconds=10):
    """GET `url` a few times, which also warms up every worker; all must be 200."""
    fetch(url, requests, seconds=seconds)


def wait_until_idle(url, workers):
    """Seconds spent waiting for the server to finish the requests a load run left:
    wrk stops with requests still queued, and sync workers answer them all (to closed
    connections) before anything else. Requests for a cheap `url` queue behind them;
    once `workers` + 1 of them came back one after another, the server is idle."""
    started = time.monotonic()
    fetch(url, workers + 1)
    return time.monotonic() - started


def measure(name, url, *, driver, duration, connections, lua_script=None):
    """Load `url`; wrk needs `lua_script` (see `wrk.write_lua_script`)."""
    if driver == "wrk":
        try:
            figures = run_wrk(url, duration, connections, lua_script)
        except WrkError as error:
            raise LoadError(str(error)) from error
    else:
        figures = _run_python(url, duration, connections)
    return LoadResult(name=name, url=url, driver=driver, **figures)


def _target(parts):
    """The request target: path and query string."""
    return f"{parts.path or '/'}?{parts.query}" if parts.query else parts.path or "/"


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
    if latencies:
        # quantiles() needs at least two values.
        sample = latencies * 2 if len(latencies) == 1 else latencies
        cuts = statistics.quantiles(sample, n=100, method="inclusive")
    else:  # no response within the duration: no latency to report
        cuts = [None] * 99
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
                connection.request("GET", _target(parts))
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
