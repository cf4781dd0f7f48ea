"""The document covers the whole 2026-08 reference in scope, and every operation beyond it.

`../shared/tools/spec_coverage.py` is the independent measure (written outside this project); it
runs where `../shared` is beside the project (CI) and the test skips cleanly elsewhere.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_coverage_stays_complete(shared: Path) -> None:
    tool = shared / "tools" / "spec_coverage.py"
    done = subprocess.run(
        [sys.executable, str(tool), str(ROOT / "openapi" / "openapi.yaml"), "--all"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    last = done.stdout.strip().splitlines()[-1]
    assert last.startswith("coverage: 100.0% ") and "ops 46/46" in last, last
    beyond = re.search(r"outside the scope .*: ops (\d+)/(\d+)", done.stdout)
    assert beyond and beyond.group(1) == beyond.group(2), done.stdout[-3000:]
