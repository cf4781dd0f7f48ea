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


def start(python: Path, program: str, api: LocalAPIServer, *, ours: bool) -> subprocess.Popen[str]:
    api.reset()  # each run starts from an empty server: no batches, files or skills
    script = str(HERE / "programs" / f"{program}.py")
    command = [str(python), str(HERE / "_alias.py"), script] if ours else [str(python), script]
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("ANTHROPIC_", "PYTHON"))
    }
    env.update(ANTHROPIC_BASE_URL=api.base_url, ANTHROPIC_API_KEY=api.api_key)
    return subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def observations(process: subprocess.Popen[str], who: str) -> list[dict[str, Any]]:
    stdout, stderr = process.communicate(timeout=TIMEOUT)
    assert process.returncode == 0, f"the program failed under {who}:\n{stderr}"
    return [json.loads(line) for line in stdout.splitlines()]


@pytest.mark.parametrize("program", PROGRAMS)
def test_same_results_with_both_packages(
    program: str, official_python: Path, compat_apis: tuple[LocalAPIServer, LocalAPIServer]
) -> None:
    # both run at once, each against its own server
    theirs_run = start(official_python, program, compat_apis[0], ours=False)
    ours_run = start(Path(sys.executable), program, compat_apis[1], ours=True)
    try:
        official = observations(theirs_run, "official")
        ours = observations(ours_run, "ours")
    finally:
        for process in (theirs_run, ours_run):
            if process.poll() is None:  # a failed or stuck run: end it, leave nothing behind
                process.kill()
                process.communicate()
    assert official, f"{program} observed nothing"
    assert ours == official


def test_the_programs_cover_every_endpoint() -> None:
    assert set(PROGRAMS) >= {"messages", "errors", "batches", "models", "files", "skills"}
