"""The wrk load driver (Debian package `wrk`, version 4.x).

`wrk --latency` prints the 50th, 75th, 90th and 99th percentiles only, rounded to two
decimals of whatever unit it picks. So a small Lua script, written next to the run's
other files, prints the percentiles the benchmark reports in whole microseconds from
wrk's `done` hook; the totals (requests, requests/s, errors) come from wrk's own
summary.

This module imports nothing from Django.
"""

import re
import subprocess

WRK_THREADS = 2
LUA_SCRIPT_NAME = "percentiles.lua"
#: The percentiles the script below prints.
PERCENTILES = (50, 90, 95, 99)

LUA_SCRIPT = """\
-- Written by `manage.py bench`: latency percentiles in microseconds.
done = function(summary, latency, requests)
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("P%d_US %d\\n", p, latency:percentile(p)))
  end
end
"""


class WrkError(RuntimeError):
    pass


def write_lua_script(directory):
    """Write the percentiles script into `directory`; returns its path."""
    path = directory / LUA_SCRIPT_NAME
    path.write_text(LUA_SCRIPT)
    return path


def run_wrk(url, duration, connections, lua_script):
    command = [
        "wrk",
        "-t", str(min(WRK_THREADS, connections)),
        "-c", str(connections),
        "-d", f"{duration}s",
        "--timeout", "10s",
        "-s", str(lua_script),
        url,
    ]  # fmt: skip
    result = subprocess.run(  # noqa: S603 - fixed arguments
        command, capture_output=True, text=True, check=False, timeout=duration + 60
    )
    if result.returncode != 0:
        raise WrkError(f"wrk failed ({result.returncode}): {result.stderr.strip()}")
    return parse_wrk(result.stdout)


_MS_PER_UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
_LUA_PERCENTILE = re.compile(r"^P(\d+)_US (\d+)\s*$", re.M)
_REQUESTS = re.compile(r"(\d+) requests in ([\d.]+)(us|ms|s|m|h)")
_RATE = re.compile(r"Requests/sec:\s+([\d.]+)")
_NON_2XX = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
_SOCKET_ERRORS = re.compile(
    r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)"
)


def parse_wrk(output):
    """The figures of wrk's output with the percentiles script's lines in it."""
    percentiles = {
        int(match[1]): int(match[2]) / 1000
        for match in _LUA_PERCENTILE.finditer(output)
    }
    requests = _REQUESTS.search(output)
    rate = _RATE.search(output)
    if not (requests and rate and set(PERCENTILES) <= percentiles.keys()):
        raise WrkError(f"Could not read wrk's output:\n{output}")
    answered = int(requests[1]) > 0  # else wrk prints 0 for every percentile
    non_2xx = _NON_2XX.search(output)
    socket_errors = _SOCKET_ERRORS.search(output)
    return {
        "requests": int(requests[1]),
        "seconds": float(requests[2]) * _MS_PER_UNIT[requests[3]] / 1000,
        "requests_per_second": float(rate[1]),
        "p50_ms": percentiles[50] if answered else None,
        "p90_ms": percentiles[90] if answered else None,
        "p95_ms": percentiles[95] if answered else None,
        "p99_ms": percentiles[99] if answered else None,
        "non_2xx": int(non_2xx[1]) if non_2xx else 0,
        "socket_errors": sum(map(int, socket_errors.groups())) if socket_errors else 0,
    }
