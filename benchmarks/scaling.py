#!/usr/bin/env python3
"""Costs as the work grows: time and peak memory of ours vs the official package at three sizes.

Each task runs in a fresh process per implementation and size (``_scale_worker.py``) against one
local server (``_scale_server.py``, answers generated on the fly); repetitions are interleaved and
the table shows medians. Memory is the peak resident set size the task added (``ru_maxrss`` minus
the RSS just before the task): it must stay flat where the work is streamed.

- ``jsonl``: iterate batch results of 1k / 10k / 100k lines;
- ``download``: a file of 10 MB / 100 MB / 1 GB written to disk;
- ``upload``: a file of 10 / 100 / 500 MB uploaded from disk;
- ``pages``: ``models.list`` over 10 / 100 / 1,000 pages of 20;
- ``blocks``: a message of 1 / 100 / 1,000 content blocks;
- ``tool_stream``: ``messages.stream()`` of a tool input of 1 KB / 100 KB / 1 MB in 64-byte
  ``input_json_delta`` events (a helper that re-parses the whole prefix on each delta goes
  quadratic here);
- ``concurrent``: 500 concurrent async ``messages.create`` on one client, answers after 0.5 s.

    .venv/bin/python benchmarks/scaling.py                # everything (~10 minutes)
    .venv/bin/python benchmarks/scaling.py --quick        # the two smaller sizes, 1 repetition
    .venv/bin/python benchmarks/scaling.py --only tool_stream jsonl
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
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from _venvs import official_python, official_version, ours_python  # noqa: E402

MB = 1 << 20
SIZES: dict[str, list[int]] = {
    "jsonl": [1_000, 10_000, 100_000],
    "download": [10 * MB, 100 * MB, 1024 * MB],
    "upload": [10 * MB, 100 * MB, 500 * MB],
    "pages": [10, 100, 1_000],
    "blocks": [1, 100, 1_000],
    "tool_stream": [1_000, 100_000, 1_000_000],
    "concurrent": [500],
}
LABELS = {
    "jsonl": ("batch results JSONL", "{:,} lines"),
    "download": ("file download to disk", "{}"),
    "upload": ("file upload from disk", "{}"),
    "pages": ("models.list pages", "{:,} pages"),
    "blocks": ("message content blocks", "{:,} blocks"),
    "tool_stream": ("streamed tool input", "{}"),
    "concurrent": ("concurrent async requests (0.5 s answers)", "{:,} requests"),
}


def human_bytes(n: int) -> str:
    if n >= MB:
        return f"{n // MB:,} MB" if n < 1024 * MB else f"{n // (1024 * MB)} GB"
    return f"{n // 1000:,} KB"


def size_label(kind: str, size: int) -> str:
    if kind in ("download", "upload", "tool_stream"):
        return human_bytes(size)
    return LABELS[kind][1].format(size)


def start_server(python: Path) -> tuple[subprocess.Popen[str], str]:
    server = subprocess.Popen(
        [str(python), str(HERE / "_scale_server.py")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    line = server.stdout.readline().split()
    if not line or line[0] != "READY":
        server.kill()
        raise RuntimeError("the scaling server did not start")
    return server, line[1]


def run_worker(
    python: Path, impl: str, kind: str, size: int, base_url: str, scratch: Path, timeout: float
) -> dict[str, Any]:
    command = [
        str(python),
        str(HERE / "_scale_worker.py"),
        kind,
        str(size),
        "--impl",
        impl,
        "--base-url",
        base_url,
        "--scratch",
        str(scratch),
    ]
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    env.pop("PYTHONPATH", None)
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, env=env, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return {"error": f"over {timeout:.0f} s"}
    if result.returncode != 0:
        return {
            "error": result.stderr.strip().splitlines()[-1][:120] if result.stderr else "failed"
        }
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def ensure_uploads(scratch: Path, sizes: list[int]) -> None:
    """Upload sources: sparse files (reading them costs the client what a real file does, minus
    the disk, which is not what is measured)."""
    for size in sizes:
        path = scratch / f"upload-{size}.bin"
        if not path.exists() or path.stat().st_size != size:
            with open(path, "wb") as f:
                f.truncate(size)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reps", type=int, default=3, help="repetitions per cell (default 3)")
    parser.add_argument("--quick", action="store_true", help="two smaller sizes, 1 repetition")
    parser.add_argument("--only", nargs="*", choices=sorted(SIZES), help="only these tasks")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per run (default 300)")
    parser.add_argument("--no-official", action="store_true", help="measure ours alone")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    args = parser.parse_args(argv)

    ours = ours_python() or Path(sys.executable)
    official = None if args.no_official else official_python(quiet=True)
    impls: dict[str, Path] = {"ours": ours}
    if official is not None:
        impls["official"] = official
    reps = 1 if args.quick else args.reps
    kinds = args.only or list(SIZES)
    scratch = ROOT / ".bench" / "scratch"
    scratch.mkdir(parents=True, exist_ok=True)
    if "upload" in kinds:
        ensure_uploads(scratch, SIZES["upload"][:2] if args.quick else SIZES["upload"])

    server, base_url = start_server(ours)
    results: dict[tuple[str, int, str], list[dict[str, Any]]] = {}
    try:
        for kind in kinds:
            sizes = SIZES[kind][:2] if args.quick and len(SIZES[kind]) > 1 else SIZES[kind]
            for size in sizes:
                for rep in range(reps):
                    order = list(impls) if rep % 2 == 0 else list(reversed(impls))
                    for impl in order:
                        outcome = run_worker(
                            impls[impl], impl, kind, size, base_url, scratch, args.timeout
                        )
                        results.setdefault((kind, size, impl), []).append(outcome)
                        print(f"{kind} {size_label(kind, size)} {impl}: {outcome}", file=sys.stderr)
    finally:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=10)

    print(table(results, impls, official))
    if args.json:
        args.json.write_text(
            json.dumps({f"{k}|{s}|{i}": v for (k, s, i), v in results.items()}, indent=1)
        )
    return 0


def cell(runs: list[dict[str, Any]]) -> tuple[str, str, float | None, float | None]:
    good = runs
    errors = [r["error"] for r in good if "error" in r]
    if errors:
        return errors[0], "-", None, None
    seconds = median([r["seconds"] for r in good])
    added = median([max(0, r["peak_rss_kb"] - r["rss_before_kb"]) / 1024 for r in good])
    return f"{seconds * 1000:,.0f} ms", f"{added:,.1f} MB", seconds, added


def table(
    results: dict[tuple[str, int, str], list[dict[str, Any]]],
    impls: dict[str, Path],
    official: Path | None,
) -> str:
    lines = [
        f"Measured {datetime.date.today()} on {platform.machine()} ({os.cpu_count()} cores), "
        f"Python {platform.python_version()}"
        + (f", official anthropic {official_version(official)}" if official else ""),
        "",
        "| task | size | ours time | official time | time ratio | ours peak added | "
        "official peak added | memory ratio | same result |",
        "|---|---|---:|---:|---:|---:|---:|---:|:---:|",
    ]
    seen: list[tuple[str, int]] = []
    for kind, size, _impl in results:
        if (kind, size) not in seen:
            seen.append((kind, size))
    for kind, size in seen:
        ours_t, ours_m, ot, om = cell(results[(kind, size, "ours")])
        if "official" in impls:
            off_runs = results[(kind, size, "official")]
            off_t, off_m, ft, fm = cell(off_runs)
            checks = {
                r.get("check") for r in results[(kind, size, "ours")] + off_runs if "check" in r
            }
            same = "yes" if len(checks) == 1 else "no"
        else:
            off_t, off_m, ft, fm, same = "-", "-", None, None, "-"
        time_ratio = f"{ot / ft:.2f}" if ot and ft else "-"
        mem_ratio = f"{om / fm:.2f}" if om is not None and fm else "-"
        lines.append(
            f"| {LABELS[kind][0]} | {size_label(kind, size)} | {ours_t} | {off_t} | {time_ratio} | "
            f"{ours_m} | {off_m} | {mem_ratio} | {same} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
