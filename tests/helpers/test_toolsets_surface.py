"""The toolset surface is the official package's: the same public names at the same import paths
(`tools`, `tools.browser`, `tools.computer`, `lib.tools`), the same constructor and method
signatures (parameter names, kinds, defaults), the same sync / async split. Both packages are read
by tests/helpers/toolset_signatures_probe.py; skipped without the official venv
(tests/_support/official.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from _support.interpreters import run_python
from _support.official import needs_official, official_interpreter

PROBE = Path(__file__).with_name("toolset_signatures_probe.py")


def surface(python: str, package: str) -> Any:
    done = run_python(str(PROBE), package, python=python)
    return json.loads(done.stdout)


def test_our_surface_is_complete() -> None:
    ours = surface(sys.executable, "claude_api_client")
    assert "URLRefusedError" in ours["tools.browser"] and "ToolError" in ours["tools"]
    assert {"BetaRunnableToolset", "BetaAsyncRunnableToolset", "BetaToolLike"} <= set(
        ours["lib.tools"]
    )
    browser = ours["BetaAbstractBrowserToolset20260801"]
    assert browser["navigate"] == [
        "POSITIONAL_OR_KEYWORD:self, POSITIONAL_OR_KEYWORD:context, POSITIONAL_OR_KEYWORD:input",
        False,
    ]
    assert ours["BetaAsyncAbstractBrowserToolset20260801"]["navigate"][1] is True


@needs_official
def test_the_surface_matches_the_official_package() -> None:
    ours = surface(sys.executable, "claude_api_client")
    official = surface(official_interpreter(), "anthropic")
    assert ours == official
