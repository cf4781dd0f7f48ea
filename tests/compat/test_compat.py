"""The same user programs, written for the official package, give the same results with ours.

Each program in `programs/` imports `anthropic` as its users do. It runs twice against one
simulator: under the official package 2.16.0 (its own interpreter, see conftest.py), and under
ours with the import renamed (`_alias.py`: `anthropic.x` is `claude_api_client.x`). Both print
their observations as JSON lines; the lines must be the same.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from claude_api_client.testing import LocalAPIServer

HERE = Path(__file__).resolve().parent
PROGRAMS = sorted(p.stem for p in (HERE / "programs").glob("[a-z]*.py"))
TIMEOUT = 120

# Observations where ours still differs, with the work that closes the gap. Each is reported
# instead of failing; every other observation must match.
KNOWN_DIFFERENCES: dict[tuple[str, str], str] = {
    ("messages", "stream_events"): "stream=True iteration still yields `ping` (issue 12, runtime)",
}


def run(python: Path, program: str, api: LocalAPIServer, *, ours: bool) -> list[dict[str, Any]]:
    api.reset()  # each run starts from an empty server: no batches, files or skills
    script = str(HERE / "programs" / f"{program}.py")
    command = [str(python), str(HERE / "_alias.py"), script] if ours else [str(python), script]
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("ANTHROPIC_", "PYTHON"))
    }
    env.update(ANTHROPIC_BASE_URL=api.base_url, ANTHROPIC_API_KEY=api.api_key)
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    who = "ours" if ours else "official"
    assert done.returncode == 0, f"{program} failed under {who}:\n{done.stderr}"
    return [json.loads(line) for line in done.stdout.splitlines()]


@pytest.mark.parametrize("program", PROGRAMS)
def test_same_results_with_both_packages(
    program: str, official_python: Path, compat_api: LocalAPIServer
) -> None:
    official = run(official_python, program, compat_api, ours=False)
    ours = run(Path(sys.executable), program, compat_api, ours=True)
    assert official, f"{program} observed nothing"
    assert [list(o) for o in ours] == [list(o) for o in official], "different observations"
    for mine, theirs in zip(ours, official, strict=True):
        (name,) = theirs
        reason = KNOWN_DIFFERENCES.get((program, name))
        if reason and mine != theirs:
            print(
                f"known difference in {program}.{name}: {reason}\n  ours:     {mine}\n  official: {theirs}"
            )
            continue
        assert mine == theirs


def test_the_programs_cover_every_endpoint() -> None:
    assert set(PROGRAMS) >= {"messages", "errors", "batches", "models", "files", "skills"}
