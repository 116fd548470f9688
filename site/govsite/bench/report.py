"""The benchmark's results: a table per database, the ratios, a summary across the
databases, and a JSON file in var/bench/."""

import json
import platform
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime

_COLUMNS = (
    ("requests/s", 12),
    ("p50 ms", 10),
    ("p90 ms", 10),
    ("p95 ms", 10),
    ("p99 ms", 10),
    ("non-2xx", 9),
    ("socket errors", 15),
    ("hits", 7),
)

BODY = "body page"
BODY_CACHED = "body page, cached"
STATIC = "static file"
PLAIN = "plain page"
#: The body page compared with its baselines, for information: (numerator,
#: denominator).
PAGE_RATIOS = ((BODY, STATIC), (BODY, PLAIN), (BODY_CACHED, STATIC))
#: A search should take less than this many times the body page's p95.
SEARCH_TARGET = 3.0


@dataclass(frozen=True)
class Target:
    """`numerator` / `denominator` on `measure`: with "requests/s" the ratio must be
    at least `limit`, with "p95" at most `limit`."""

    numerator: str
    denominator: str
    measure: str
    limit: float

    @property
    def label(self):
        return f"{self.numerator} / {self.denominator}"

    @property
    def description(self):
        if self.measure == "p95":
            return f"p95 at most {self.limit:g}×"
        return f"requests/s at least {self.limit:g}×"

    def value(self, results):
        a, b = results[self.numerator], results[self.denominator]
        if self.measure == "p95":
            return _ratio(a.p95_ms, b.p95_ms)
        return _ratio(a.requests_per_second, b.requests_per_second)

    def met(self, value):
        if value is None:
            return None
        return value <= self.limit if self.measure == "p95" else value >= self.limit


def change_log_row(versions):
    return f"change log, {versions} versions"


def page_targets(few_versions, many_versions):
    """The targets of the pages: the page cache, the body page's rendering, and a
    change log that does not slow down as versions accumulate."""
    return (
        Target(BODY_CACHED, STATIC, "requests/s", 0.7),
        Target(BODY, PLAIN, "requests/s", 1.0),
        Target(change_log_row(many_versions), change_log_row(few_versions), "p95", 1.5),
    )


#: Below this many responses, or above this share of the measuring time, a p95 is
#: uncertain (see `uncertain`).
FEW_RESPONSES = 100
LONG_SHARE = 0.25
UNCERTAIN_NOTE = (
    f"* p95 uncertain: fewer than {FEW_RESPONSES} responses, or p95 above "
    f"{LONG_SHARE:.0%} of --duration.\n"
    "  A response slower than what is left of the measuring time is never counted,\n"
    "  so long latencies are under-reported. Raise --duration."
)


def uncertain(result, duration):
    """Whether `result`'s p95 (from `duration` seconds of load) is uncertain."""
    return (
        result.p95_ms is None
        or result.requests < FEW_RESPONSES
        or result.p95_ms > LONG_SHARE * duration * 1000
    )


def format_table(results, hits, duration):
    """`results`: {name: LoadResult} in display order; `hits`: {search name: count}."""
    width = max(len(name) for name in results) + 4
    lines = [" " * width + "".join(f"{title:>{w}}" for title, w in _COLUMNS)]
    for name, result in results.items():
        cells = (
            f"{result.requests_per_second:.1f}",
            _ms(result.p50_ms),
            _ms(result.p90_ms),
            _ms(result.p95_ms),
            _ms(result.p99_ms),
            str(result.non_2xx),
            str(result.socket_errors),
            str(hits.get(name, "")),
        )
        label = f"{name} *" if uncertain(result, duration) else name
        lines.append(
            f"{label:<{width}}"
            + "".join(f"{c:>{w}}" for c, (_t, w) in zip(cells, _COLUMNS, strict=True))
        )
    if any(uncertain(result, duration) for result in results.values()):
        lines.append(UNCERTAIN_NOTE)
    if any(result.p50_ms is None for result in results.values()):
        lines.append(
            "– no response came back within the measuring time: raise --duration."
        )
    return "\n".join(lines)


def ratios(results, search_names, duration, targets=()):
    """The body page against its baselines (throughput and median latency); the
    page targets; and each search's p95 and p50 latency against the body page's,
    with the search target. A ratio is None when a side had no response within the
    measuring time; a verdict is `certain` when no p95 or throughput behind it is
    uncertain."""
    body = results[BODY]
    searches = {}
    for name in search_names:
        p95 = _ratio(results[name].p95_ms, body.p95_ms)
        met = None if p95 is None else p95 < SEARCH_TARGET
        if results[name].p95_ms is None and body.p95_ms is not None:
            met = False  # slower than the whole measuring time
        searches[name] = {
            "p95": p95,
            "p50": _ratio(results[name].p50_ms, body.p50_ms),
            "target": f"p95 under {SEARCH_TARGET:g}× the body page's",
            "target_met": met,
            "certain": not (
                uncertain(results[name], duration) or uncertain(body, duration)
            ),
        }
    return {
        "pages": {
            f"{a} / {b}": {
                "requests_per_second": _ratio(
                    results[a].requests_per_second, results[b].requests_per_second
                ),
                "p50": _ratio(results[a].p50_ms, results[b].p50_ms),
            }
            for a, b in PAGE_RATIOS
            if a in results and b in results
        },
        "targets": {
            target.label: {
                "measure": target.measure,
                "value": (value := target.value(results)),
                "target": target.description,
                "target_met": target.met(value),
                "certain": not (
                    uncertain(results[target.numerator], duration)
                    or uncertain(results[target.denominator], duration)
                ),
            }
            for target in targets
            if target.numerator in results and target.denominator in results
        },
        "searches": searches,
    }


def format_ratios(figures):
    pages, searches = figures["pages"], figures["searches"]
    labels = [*pages, *figures.get("targets", {}), *searches]
    width = max(len(label) for label in labels) + 2
    lines = [f"{'':<{width}}{'requests/s':>11}{'p50 latency':>14}"]
    for label, ratio in pages.items():
        lines.append(
            f"{label:<{width}}{_times(ratio['requests_per_second'], 3):>11}"
            f"{_times(ratio['p50']):>14}"
        )
    targets = figures.get("targets", {})
    if targets:
        lines += ["", f"{'targets':<{width}}{'ratio':>11}{'':>14}   target"]
        for label, target in targets.items():
            lines.append(
                f"{label:<{width}}{_times(target['value'], 3):>11}"
                f"{target['measure']:>14}   {target['target']}: {_verdict(target)}"
            )
    if searches:
        lines += [
            "",
            f"{'search / body page':<{width}}{'p95':>11}{'p50':>14}"
            f"   target: p95 under {SEARCH_TARGET:g}×",
        ]
        for label, ratio in searches.items():
            lines.append(
                f"{label:<{width}}{_times(ratio['p95']):>11}{_times(ratio['p50']):>14}"
                f"   {_verdict(ratio)}"
            )
    verdicts = [*figures.get("targets", {}).values(), *searches.values()]
    if not all(ratio["certain"] for ratio in verdicts):
        lines.append("* from an uncertain figure (see the table above).")
    return "\n".join(lines)


def format_summary(runs):
    """One column per database: the body page's figures and every ratio."""
    names = [run["database"] for run in runs]
    rows = [
        (
            f"{BODY} requests/s",
            [f"{run['results'][BODY]['requests_per_second']:.1f}" for run in runs],
        ),
        (f"{BODY} p95 ms", [_ms(run["results"][BODY]["p95_ms"]) for run in runs]),
    ]
    targets = runs[0]["ratios"].get("targets", {})
    for label in runs[0]["ratios"]["pages"]:
        if label in targets:
            continue  # shown with its verdict below
        rows.append(
            (
                f"{label} (requests/s)",
                [
                    _times(run["ratios"]["pages"][label]["requests_per_second"], 3)
                    for run in runs
                ],
            )
        )
    for label in runs[0]["ratios"].get("targets", {}):
        rows.append(
            (
                f"{label} ({runs[0]['ratios']['targets'][label]['measure']})",
                [_short(run["ratios"]["targets"][label], decimals=3) for run in runs],
            )
        )
    for label in runs[0]["ratios"]["searches"]:
        rows.append(
            (
                f"{label} p95 / body p95",
                [_short(run["ratios"]["searches"][label]) for run in runs],
            )
        )
    width = max(len(label) for label, _cells in rows) + 2
    cell = max(16, *(len(name) + 2 for name in names))
    lines = [f"{'':<{width}}" + "".join(f"{name:>{cell}}" for name in names)]
    for label, cells in rows:
        lines.append(f"{label:<{width}}" + "".join(f"{c:>{cell}}" for c in cells))
    lines.append(
        "Targets: "
        + "; ".join(
            f"{label} {target['target']}"
            for label, target in runs[0]["ratios"].get("targets", {}).items()
        )
        + f"; every search's p95 under {SEARCH_TARGET:g}× the body page's p95. "
        "A missed target is reported, it does not fail the run."
    )
    if any(
        not r["certain"]
        for run in runs
        for kind in ("targets", "searches")
        for r in run["ratios"].get(kind, {}).values()
    ):
        lines.append("* from an uncertain figure (see the tables above).")
    return "\n".join(lines)


def _ratio(a, b):
    return None if a is None or not b else a / b


def _ms(value):
    return "–" if value is None else f"{value:.2f}"


def _times(value, decimals=2):
    return "–" if value is None else f"{value:.{decimals}f}×"


def _verdict(ratio):
    verdict = {True: "met", False: "NOT met"}.get(ratio["target_met"], "unknown")
    return verdict if ratio["certain"] else verdict + "*"


def _short(ratio, decimals=2):
    value = ratio["value"] if "value" in ratio else ratio["p95"]
    return f"{_times(value, decimals)} {_verdict(ratio)}"


def minutes(seconds):
    """'4 min 12 s', or '42 s'."""
    whole_minutes, seconds = divmod(round(seconds), 60)
    return f"{whole_minutes} min {seconds} s" if whole_minutes else f"{seconds} s"


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
