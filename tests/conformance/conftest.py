"""The conformance report: a per-project table and `conformance: N passed, M failed`."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest

_OUTCOMES: dict[str, str] = {}
_MARK = "test_conformance.py::test_interaction["


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if _MARK not in report.nodeid:
        return
    key = report.nodeid.split(_MARK, 1)[1][:-1]
    if report.when == "call" or report.outcome != "passed":
        if hasattr(report, "wasxfail"):
            outcome = "xfailed" if report.outcome == "skipped" else "failed"
        else:
            outcome = report.outcome
        if report.when == "call" or outcome != "passed":
            _OUTCOMES[key] = outcome


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _OUTCOMES:
        return
    from .test_conformance import EXCLUDED

    table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for key, outcome in _OUTCOMES.items():
        table[key.split("/", 1)[0]][outcome] += 1
    for interaction, _ in EXCLUDED:
        table[interaction.project]["excluded"] += 1
    write = terminalreporter.write_line
    write("")
    header = f"{'project':24} {'in scope':>8} {'passed':>7} {'failed':>7} {'xfail':>6} {'excl.':>6}"
    write(header)
    write("-" * len(header))
    totals: dict[str, int] = defaultdict(int)
    for project in sorted(table):
        row = table[project]
        scope = row["passed"] + row["failed"] + row["xfailed"] + row["skipped"]
        for k in ("passed", "failed", "xfailed", "excluded"):
            totals[k] += row[k]
        totals["scope"] += scope
        write(
            f"{project:24} {scope:>8} {row['passed']:>7} {row['failed']:>7} "
            f"{row['xfailed']:>6} {row['excluded']:>6}"
        )
    write("-" * len(header))
    write(
        f"{'total':24} {totals['scope']:>8} {totals['passed']:>7} {totals['failed']:>7} "
        f"{totals['xfailed']:>6} {totals['excluded']:>6}"
    )
    failed = totals["failed"] + totals["xfailed"]
    write(f"conformance: {totals['passed']} passed, {failed} failed")
