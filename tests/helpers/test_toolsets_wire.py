"""The same fake browser and computer drivers (tests/helpers/toolset_wire_probe.py) run on this
package and on the official `anthropic` 2.16.0 give the same wire: the `tools[]` entries and every
`tool_result` block (successes, policy refusals, confirm declined, disabled / unavailable /
unknown members, upload confinement, state changes). Skipped without the official venv
(tests/_support/official.py)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from _support.interpreters import run_python
from _support.official import needs_official, official_interpreter

PROBE = Path(__file__).with_name("toolset_wire_probe.py")


def probe(python: str, package: str, tmp_path: Path, mode: str = "sync") -> Any:
    root = tmp_path / "uploads"
    root.mkdir(exist_ok=True)
    (root / "a.txt").write_text("x")
    outside = tmp_path / "secret.txt"
    outside.write_text("y")
    done = run_python(
        str(PROBE), package, str(root), str(outside), mode, python=python, cwd=tmp_path
    )
    return json.loads(done.stdout)


def comparable(text: str) -> str:
    # An input refusal names the field, then pydantic's wording of the problem, which depends on
    # how each package models the union (ours has a forward-compatible variant): compared up to
    # the field.
    return re.sub(r"^(invalid input for \w+ member '\w+': \w+)[.:].*$", r"\1", text)


def normalized(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: normalized(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalized(v) for v in value]
    if isinstance(value, str):
        return comparable(value)
    return value


@needs_official
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_the_wire_matches_the_official_package(tmp_path: Path, mode: str) -> None:
    ours = probe(sys.executable, "claude_api_client", tmp_path, mode)
    official = probe(official_interpreter(), "anthropic", tmp_path, mode)
    assert normalized(ours) == normalized(official)
    # the probe covers what it claims to (a comparison of two empty lists would prove nothing)
    texts = json.dumps(ours)
    for expected in (
        "browser_toolset_20260801",
        "computer_toolset_20260801",
        "not allowed",
        "refused by the URL policy",
        "outside the configured upload roots",
        "did not grant permission",
        "not permitted by this application",
        "not available in this environment",
        "unknown browser toolset member",
        "browser_state",
        "X=3,Y=4",
    ):
        assert expected in texts, expected


def test_the_probe_runs_on_this_package(tmp_path: Path) -> None:
    ours = probe(sys.executable, "claude_api_client", tmp_path)
    assert probe(sys.executable, "claude_api_client", tmp_path, "async") == ours
    first = ours["browser"][0]
    assert first["toolset_name"] == "browser" and first["content"][-1]["type"] == "browser_state"
    # a download path is hidden without a file policy that exposes it
    assert "path" not in first["content"][-1]["state_changes"][0]
    assert ours["params"][0]["cache_control"] == {"type": "ephemeral"}
