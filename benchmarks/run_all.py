#!/usr/bin/env python3
"""Run every benchmark against one local server and print a markdown table of medians and ratios.

Three implementations do the same work against the same 127.0.0.1 server (``_server.py``, the
package's own simulator in a separate process, with the same request body for everyone):

- ``ours``: claude_api_client, from a clean venv (``.bench/ours``: an editable install with only
  the runtime dependencies, so that no dev tool such as click or rich is imported by httpx);
- ``official``: the ``anthropic`` package from PyPI, in ``.bench/official`` (rows skipped if it
  cannot be installed);
- ``plain``: httpx + json with no SDK, the floor a Python client can reach.

Each measurement runs in a fresh process (``_worker.py``); repetitions are interleaved (one of each
implementation in turn, in a rotating order) and the table shows medians. Measured: cold import
(wall time, ``-X importtime`` total, peak RSS), import + client, the first ``messages.create`` in
a fresh process, wall and CPU time per non-streaming call, streaming events/s (raw iterator and
``messages.stream`` helper) for ``--deltas`` deltas, parse time of a 2 KB and a 200 KB Message,
memory over ``--calls`` calls and one stream, and installed size of each package's closure.

    .venv/bin/python benchmarks/run_all.py                 # about 4 minutes
    .venv/bin/python benchmarks/run_all.py --reps 3 --quick
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from _venvs import official_python, ours_python  # noqa: E402

WORKER = str(HERE / "_worker.py")
IMPORTS = {"ours": "claude_api_client", "official": "anthropic"}


# --- running things -------------------------------------------------------------------------------


def run_json(python: Path, args: list[str], *, stderr: bool = False) -> tuple[dict[str, Any], str]:
    env = {**os.environ, "PYTHONWARNINGS": "ignore", "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PYTHONPATH", None)
    result = subprocess.run(
        [str(python), *args], capture_output=True, text=True, env=env, cwd=HERE, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"{python} {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    last = result.stdout.strip().splitlines()[-1]
    return json.loads(last), result.stderr if stderr else ""


IMPORT_SNIPPET = """
import sys, time
sys.stderr.write("BENCH-MARK\\n")
t0 = time.perf_counter()
import {module}
{extra}
t1 = time.perf_counter()
sys.stderr.write("BENCH-MARK\\n")
import json, resource
print(json.dumps({{"seconds": t1 - t0,
                  "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}}))
"""

CLIENT_LINE = {
    "ours": "{module}.Anthropic(api_key='x')",
    "official": "{module}.Anthropic(api_key='x')",
}


def measure_import(python: Path, impl: str, with_client: bool) -> dict[str, Any]:
    module = IMPORTS[impl]
    extra = CLIENT_LINE[impl].format(module=module) if with_client else ""
    code = IMPORT_SNIPPET.format(module=module, extra=extra)
    # Wall time and memory from a plain run (-X importtime itself costs time and memory).
    result, _ = run_json(python, ["-c", code])
    _, err = run_json(python, ["-X", "importtime", "-c", code], stderr=True)
    # Sum the cumulative times of the top-level imports between the two marks (lazy imports made
    # by building the client show up as top-level lines too).
    total_us = 0
    inside = False
    for line in err.splitlines():
        if line == "BENCH-MARK":
            inside = not inside
            continue
        if inside and line.startswith("import time:") and "|" in line:
            _, cumulative, name = line.split("|")
            if not name.startswith("  ") and cumulative.strip().isdigit():
                total_us += int(cumulative)
    result["importtime_s"] = total_us / 1e6
    return result


class Server:
    """``_server.py`` in its own process; stops when its stdin closes."""

    def __init__(self, python: Path, deltas: int) -> None:
        self.process = subprocess.Popen(
            [str(python), str(HERE / "_server.py"), "--deltas", str(deltas)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=HERE,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline().split()
        if not line or line[0] != "READY":
            self.stop()
            raise RuntimeError("the benchmark server did not start")
        self.base_url = line[1]

    def stop(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


# --- installed size -------------------------------------------------------------------------------

SIZE_SNIPPET = r"""
import json, re, sys
from importlib import metadata
from pathlib import Path
try:
    from packaging.markers import Marker
except ImportError:  # not in every venv: pip's vendored copy is
    from pip._vendor.packaging.markers import Marker

def norm(name):
    return re.sub(r"[-_.]+", "-", name).lower()

root = sys.argv[1]
seen, todo, sizes = set(), [root], {}
while todo:
    name = norm(todo.pop())
    if name in seen:
        continue
    seen.add(name)
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        continue
    total = 0
    editable_roots = []
    for file in dist.files or ():
        path = Path(file.locate())
        if "__pycache__" in path.parts or not path.is_file():
            continue
        if path.suffix == ".pth" and name == norm(root):
            editable_roots += [Path(p) for p in path.read_text().split() if Path(p).is_dir()]
        total += path.stat().st_size
    for base in editable_roots:  # an editable install: count what the wheel would hold
        pkg = base / root.replace("-", "_")
        if pkg.is_dir():
            total += sum(p.stat().st_size for p in pkg.rglob("*")
                         if p.is_file() and "__pycache__" not in p.parts)
    sizes[dist.metadata["Name"]] = total
    for req in dist.requires or ():
        if ";" in req and "extra ==" in req.split(";", 1)[1]:
            continue
        if ";" in req:
            if not Marker(req.split(";", 1)[1]).evaluate():
                continue
        todo.append(re.split(r"[\s<>=!~;\[(]", req, maxsplit=1)[0])
print(json.dumps(sizes))
"""


def installed_sizes(python: Path, dist: str) -> dict[str, int]:
    result, _ = run_json(python, ["-c", SIZE_SNIPPET, dist])
    return result


# --- the table ------------------------------------------------------------------------------------


def med(samples: list[float]) -> float | None:
    return statistics.median(samples) if samples else None


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "s":
        return f"{value * 1000:,.0f} ms" if value < 10 else f"{value:,.1f} s"
    if unit == "us":
        return f"{value:,.1f} µs" if value < 100 else f"{value:,.0f} µs"
    if unit == "kb":
        return f"{value / 1024:,.1f} MB" if value >= 10_240 else f"{value:,.0f} KB"
    if unit == "bytes":
        return f"{value / 1e6:,.2f} MB"
    if unit == "rate":
        return f"{value:,.0f}/s"
    return f"{value:,.2f}"


def ratio(a: float | None, b: float | None) -> str:
    if a is None or b is None or b == 0:
        return "-"
    return f"{a / b:.2f}"


def print_aims_19(m: Any) -> None:
    """The aims of issue 19 against the plain httpx + json floor, as measured in this run."""
    overhead = None
    if m("ours", "calls.wall_us") is not None and m("plain", "calls.wall_us") is not None:
        overhead = m("ours", "calls.wall_us") - m("plain", "calls.wall_us")
    aims: list[tuple[str, float | None, float | None, float, str]] = [
        # label, value, reference, limit of value / reference, how the ratio reads
        (
            "cold path: import + client + first create + `content[0].text` ≤ 1.3x floor",
            m("ours", "first.seconds"),
            m("plain", "first.seconds"),
            1.3,
            "ours / floor",
        ),
        (
            "cold path: import + client + first `messages.stream()` ≤ 1.3x floor",
            m("ours", "first_stream.seconds"),
            m("plain", "first_stream.seconds"),
            1.3,
            "ours / floor",
        ),
        (
            "raw stream ≥ 0.9x the floor's events/s",
            m("ours", "stream_raw.events_per_s"),
            m("plain", "stream_raw.events_per_s"),
            -0.9,
            "ours / floor (rate)",
        ),
        (
            "`messages.stream()` helper ≥ 0.85x the floor's events/s",
            m("ours", "stream_helper.events_per_s"),
            m("plain", "stream_raw.events_per_s"),
            -0.85,
            "ours / floor (rate)",
        ),
        (
            "parse a 2 KB Message ≤ 2x `json.loads` of the same bytes (fastest samples)",
            m("ours", "parse.small_min_us"),
            m("plain", "parse.small_min_us"),
            2.0,
            "ours / json.loads",
        ),
        (
            "non-streaming overhead over the floor ≤ 100 µs a call",
            overhead,
            1.0,
            100.0,
            "µs a call",
        ),
    ]
    print()
    print("| aim (issue 19) | measured | limit | met |")
    print("|---|---:|---:|:---:|")
    for label, value, reference, limit, reads in aims:
        if value is None or reference is None or reference <= 0:
            print(f"| {label} | - | - | skipped |")
            continue
        measured = value / reference
        # A negative limit is a floor ("at least"), a positive one a ceiling.
        met = measured >= -limit if limit < 0 else measured <= limit
        bound = f"≥ {-limit:.2f}" if limit < 0 else f"≤ {limit:.2f}"
        print(f"| {label} | {measured:,.2f} {reads} | {bound} | {'yes' if met else 'no'} |")


def run_scaling(args: argparse.Namespace) -> None:
    """`scaling.py` (ours vs official as the work grows), its table printed after ours."""
    command = [sys.executable, str(HERE / "scaling.py"), "--reps", str(args.scaling_reps)]
    command += ["--timeout", str(args.scaling_timeout)]
    if args.scaling == "quick":
        command.append("--quick")
    if args.scaling_only:
        command += ["--only", *args.scaling_only]
    if args.no_official:
        command.append("--no-official")
    print("\nrunning scaling.py ...", file=sys.stderr)
    result = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=False)
    print()
    print(result.stdout.rstrip() if result.returncode == 0 else "scaling.py failed")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reps", type=int, default=5, help="interleaved repetitions (default 5)")
    parser.add_argument("--deltas", type=int, default=20_000, help="text deltas per stream")
    parser.add_argument("--calls", type=int, default=1000, help="calls per per-call/memory run")
    parser.add_argument("--streams", type=int, default=3, help="streams per streaming run")
    parser.add_argument("--quick", action="store_true", help="fewer calls and streams")
    parser.add_argument("--no-official", action="store_true", help="skip the official package")
    parser.add_argument("--json", type=Path, help="also write the raw samples here")
    parser.add_argument(
        "--scaling",
        choices=["full", "quick", "none"],
        default="full",
        help="also run scaling.py (costs as the work grows): all sizes, the two smaller, or not",
    )
    parser.add_argument("--scaling-reps", type=int, default=1, help="scaling repetitions")
    parser.add_argument("--scaling-only", nargs="*", help="only these scaling tasks")
    parser.add_argument(
        "--scaling-timeout", type=float, default=300, help="seconds per scaling run (300)"
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.calls, args.streams = 300, 1

    pythons: dict[str, Path] = {}
    ours = ours_python()
    pythons["ours"] = ours if ours is not None else Path(sys.executable)
    pythons["plain"] = pythons["ours"]
    official = None if args.no_official else official_python(quiet=True)
    if official is not None:
        pythons["official"] = official
    impls = [i for i in ("ours", "official", "plain") if i in pythons]
    sdks = [i for i in ("ours", "official") if i in pythons]

    samples: dict[tuple[str, str], list[float]] = defaultdict(list)

    def add(impl: str, prefix: str, result: dict[str, Any]) -> None:
        for key, value in result.items():
            samples[(impl, f"{prefix}.{key}")].append(float(value))

    server = Server(Path(sys.executable), args.deltas)
    try:
        base = ["--base-url", server.base_url, "--deltas", str(args.deltas)]
        for rep in range(args.reps):
            print(f"repetition {rep + 1}/{args.reps}", file=sys.stderr)
            order = impls[rep % len(impls) :] + impls[: rep % len(impls)]
            sdk_order = [i for i in order if i in sdks]
            for impl in sdk_order:
                add(impl, "import", measure_import(pythons[impl], impl, with_client=False))
                add(impl, "import_client", measure_import(pythons[impl], impl, with_client=True))
            for impl in order:
                py = pythons[impl]
                add(impl, "first", run_json(py, [WORKER, "first_call", "--impl", impl, *base])[0])
                first_stream = [WORKER, "first_stream", "--impl", impl, *base]
                add(impl, "first_stream", run_json(py, first_stream)[0])
                add(
                    impl,
                    "calls",
                    run_json(py, [WORKER, "calls", "--impl", impl, "--n", str(args.calls), *base])[
                        0
                    ],
                )
                for mode in ("raw", "helper") if impl != "plain" else ("raw",):
                    run = [
                        WORKER,
                        "stream",
                        "--impl",
                        impl,
                        "--mode",
                        mode,
                        "--n",
                        str(args.streams),
                        *base,
                    ]
                    add(impl, f"stream_{mode}", run_json(py, run)[0])
                add(impl, "parse", run_json(py, [WORKER, "parse", "--impl", impl, "--n", "15"])[0])
                add(
                    impl,
                    "memory",
                    run_json(py, [WORKER, "memory", "--impl", impl, "--n", str(args.calls), *base])[
                        0
                    ],
                )
    finally:
        server.stop()

    sizes = {"ours": installed_sizes(pythons["ours"], "claude-api-client")}
    if "official" in pythons:
        sizes["official"] = installed_sizes(pythons["official"], "anthropic")
    sizes["plain"] = installed_sizes(pythons["ours"], "httpx")

    def m(impl: str, key: str) -> float | None:
        return med(samples.get((impl, key), []))

    rows: list[tuple[str, str, str, bool]] = [
        # label, key, unit, higher is better
        ("`import` wall time", "import.seconds", "s", False),
        ("`import` `-X importtime` total", "import.importtime_s", "s", False),
        ("peak RSS after `import`", "import.peak_rss_kb", "kb", False),
        ("`import` + `Anthropic()` wall time", "import_client.seconds", "s", False),
        ("`import` + `Anthropic()` importtime total", "import_client.importtime_s", "s", False),
        ("peak RSS after `import` + `Anthropic()`", "import_client.peak_rss_kb", "kb", False),
        ("first `messages.create` in a fresh process", "first.seconds", "s", False),
        ("first `messages.stream()` in a fresh process", "first_stream.seconds", "s", False),
        ("first `messages.create`, process CPU", "first.cpu_seconds", "s", False),
        ("first `messages.stream()`, process CPU", "first_stream.cpu_seconds", "s", False),
        ("non-streaming call, wall time per call", "calls.wall_us", "us", False),
        ("non-streaming call, client CPU per call", "calls.cpu_us", "us", False),
        (
            f"stream of {args.deltas:,} deltas, raw iterator",
            "stream_raw.events_per_s",
            "rate",
            True,
        ),
        (
            f"stream of {args.deltas:,} deltas, `messages.stream` helper + final message",
            "stream_helper.events_per_s",
            "rate",
            True,
        ),
        ("parse a 2 KB Message (`model_validate_json`)", "parse.small_us", "us", False),
        ("parse a 200 KB Message, 900+ blocks", "parse.large_us", "us", False),
        ("parse a 2 KB Message, fastest sample", "parse.small_min_us", "us", False),
        ("parse a 200 KB Message, fastest sample", "parse.large_min_us", "us", False),
        (f"tracemalloc peak over {args.calls:,} calls", "memory.calls_peak_kb", "kb", False),
        (
            f"memory retained after {args.calls:,} calls (tracemalloc)",
            "memory.calls_retained_kb",
            "kb",
            False,
        ),
        (f"RSS growth over {args.calls:,} calls", "memory.calls_rss_growth_kb", "kb", False),
        (
            f"tracemalloc peak over one {args.deltas:,}-delta stream",
            "memory.stream_peak_kb",
            "kb",
            False,
        ),
        ("peak RSS of the memory run", "memory.peak_rss_kb", "kb", False),
    ]
    # The plain loop's column holds the same work without an SDK; `parse` there is json.loads.
    print()
    print("| measure | ours | official | plain httpx + json | ours / official | ours / plain |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, key, unit, higher in rows:
        o, f, p = m("ours", key), m("official", key), m("plain", key)
        if key.startswith(("import", "import_client")):
            p = None
        if higher:  # show ratios as "times faster" for rates
            r_of = ratio(o, f) + "x" if f else "-"
            r_pl = ratio(o, p) + "x" if p else "-"
        else:
            r_of, r_pl = ratio(o, f), ratio(o, p)
        print(f"| {label} | {fmt(o, unit)} | {fmt(f, unit)} | {fmt(p, unit)} | {r_of} | {r_pl} |")
    size_row = {k: float(sum(v.values())) for k, v in sizes.items()}
    print(
        f"| installed size, package + dependencies | {fmt(size_row['ours'], 'bytes')} "
        f"| {fmt(size_row.get('official'), 'bytes')} | {fmt(size_row['plain'], 'bytes')} "
        f"| {ratio(size_row['ours'], size_row.get('official'))} "
        f"| {ratio(size_row['ours'], size_row['plain'])} |"
    )
    print()
    for impl, dists in sizes.items():
        listed = ", ".join(
            f"{name} {size / 1e6:.2f}"
            for name, size in sorted(dists.items(), key=lambda kv: -kv[1])
        )
        print(f"- {impl} closure (MB): {listed}")

    # The aims of the performance issue.
    print()
    per_call_overhead = {
        i: (m(i, "calls.wall_us") or 0) - (m("plain", "calls.wall_us") or 0) for i in sdks
    }
    aims = [
        (
            "import time ≤ 1/5 of official",
            m("ours", "import.seconds"),
            m("official", "import.seconds"),
            0.2,
        ),
        (
            "import + client time ≤ 1/5 of official's import",
            m("ours", "import_client.seconds"),
            m("official", "import.seconds"),
            0.2,
        ),
        (
            "import memory ≤ 1/2 of official",
            m("ours", "import.peak_rss_kb"),
            m("official", "import.peak_rss_kb"),
            0.5,
        ),
        (
            "import + client memory ≤ 1/2 of official's import",
            m("ours", "import_client.peak_rss_kb"),
            m("official", "import.peak_rss_kb"),
            0.5,
        ),
        (
            "per-call client CPU ≤ 1/2 of official",
            m("ours", "calls.cpu_us"),
            m("official", "calls.cpu_us"),
            0.5,
        ),
        (
            "per-call overhead above plain ≤ 1/2 of official's",
            per_call_overhead.get("ours"),
            per_call_overhead.get("official"),
            0.5,
        ),
        (
            "raw stream ≥ 1.5x official events/s",
            m("official", "stream_raw.events_per_s"),
            m("ours", "stream_raw.events_per_s"),
            1 / 1.5,
        ),
        (
            "helper stream ≥ 1.5x official events/s",
            m("official", "stream_helper.events_per_s"),
            m("ours", "stream_helper.events_per_s"),
            1 / 1.5,
        ),
        (
            "per call ≤ 1.5x plain loop (wall)",
            m("ours", "calls.wall_us"),
            m("plain", "calls.wall_us"),
            1.5,
        ),
        (
            "raw stream, time per event ≤ 1.5x plain loop",
            m("plain", "stream_raw.events_per_s"),
            m("ours", "stream_raw.events_per_s"),
            1.5,
        ),
        (
            "helper stream, time per event ≤ 1.5x plain loop",
            m("plain", "stream_raw.events_per_s"),
            m("ours", "stream_helper.events_per_s"),
            1.5,
        ),
    ]
    print("| aim | ratio | met |")
    print("|---|---:|:---:|")
    for label, a, b, limit in aims:
        if a is None or b is None or b <= 0:
            print(f"| {label} | - | skipped |")
            continue
        value = a / b
        print(f"| {label} | {value:.2f} (≤ {limit:.2f}) | {'yes' if value <= limit else 'no'} |")

    print_aims_19(m)
    if args.scaling != "none":
        run_scaling(args)

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for impl in sdks:
        out = subprocess.run(
            [
                str(pythons[impl]),
                "-c",
                f"from importlib.metadata import version as v; print(v({IMPORTS[impl].replace('_', '-')!r}), v('httpx') if {impl == 'ours'} else v('httpx2'), v('pydantic'))",
            ],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.split()
        versions[impl] = out
    print()
    print(
        f"Machine: {os.cpu_count()} CPUs ({cpu}), {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}; date {datetime.date.today().isoformat()}; "
        f"{args.reps} interleaved repetitions, medians."
    )
    for impl, v in versions.items():
        if len(v) == 3:
            http = "httpx" if impl == "ours" else "httpx2"
            print(f"- {impl}: {IMPORTS[impl]} {v[0]}, {http} {v[1]}, pydantic {v[2]}")
    if args.json is not None:
        args.json.write_text(
            json.dumps(
                {f"{i}:{k}": v for (i, k), v in samples.items()} | {"sizes": sizes}, indent=1
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
