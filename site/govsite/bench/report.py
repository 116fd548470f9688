"""The benchmark's results: a table for the terminal, a JSON file in var/bench/."""

import json
import platform
import subprocess
from datetime import UTC, datetime

_COLUMNS = (
    ("", 12),
    ("requests/s", 12),
    ("p50 ms", 10),
    ("p90 ms", 10),
    ("p95 ms", 10),
    ("p99 ms", 10),
    ("non-2xx", 10),
    ("socket errors", 15),
)

#: The body page compared with its two baselines: (numerator, denominator).
RATIOS = (("body page", "static file"), ("body page", "plain page"))


def format_table(results):
    """`results`: {name: LoadResult} in display order."""
    lines = ["".join(f"{title:>{width}}" for title, width in _COLUMNS)]
    for name, result in results.items():
        cells = (
            name,
            f"{result.requests_per_second:.1f}",
            f"{result.p50_ms:.2f}",
            f"{result.p90_ms:.2f}",
            "–" if result.p95_ms is None else f"{result.p95_ms:.2f}",
            f"{result.p99_ms:.2f}",
            str(result.non_2xx),
            str(result.socket_errors),
        )
        lines.append(
            f"{cells[0]:<{_COLUMNS[0][1]}}"
            + "".join(
                f"{cell:>{width}}"
                for cell, (_title, width) in zip(cells[1:], _COLUMNS[1:], strict=True)
            )
        )
    if any(result.p95_ms is None for result in results.values()):
        lines.append(
            "– wrk without a Lua script reports p50, p75, p90 and p99 only; "
            "--driver python measures p95."
        )
    return "\n".join(lines)


def ratios(results):
    """Throughput and median-latency ratios of the body page to its two baselines."""
    return {
        f"{a} / {b}": {
            "requests_per_second": results[a].requests_per_second
            / results[b].requests_per_second,
            "p50": results[a].p50_ms / results[b].p50_ms,
        }
        for a, b in RATIOS
    }


def format_ratios(figures):
    width = max(len(label) for label in figures)
    lines = [f"{'':<{width}}  requests/s   p50 latency"]
    for label, ratio in figures.items():
        lines.append(
            f"{label:<{width}}  {ratio['requests_per_second']:>9.3f}×"
            f"  {ratio['p50']:>11.2f}×"
        )
    return "\n".join(lines)


def write_json(directory, payload):
    """Write the run's figures to `directory`/results-<UTC timestamp>.json."""
    now = datetime.now(UTC)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"results-{now:%Y%m%dT%H%M%SZ}.json"
    document = {
        "timestamp": now.isoformat(timespec="seconds"),
        "commit": _git_commit(directory),
        "python": platform.python_version(),
        "machine": platform.platform(),
        **payload,
    }
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    return path


def _git_commit(directory):
    try:
        result = subprocess.run(
            ["git", "rev-parse", "HEAD"],  # noqa: S607 - git from PATH
            cwd=directory,
            capture_output=True,
            text=True,
            check=False,
            timeout=10,
        )
    except OSError:
        return None
    return result.stdout.strip() or None
