"""Running Python code in an interpreter of its own: this one afresh (to see what an import loads,
with nothing the test process already imported), or another one (the official package's venv,
`official`)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

__all__ = [
    "SPANS_OFF",
    "modules_loaded",
    "run_python",
    "span_code_loaded",
    "without_anthropic_variables",
]


def run_python(
    *args: str,
    python: str | Path = sys.executable,
    env: Mapping[str, str] | None = None,
    input: str | None = None,
    timeout: float | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """`python *args` (`"-c", code, ...` or a script and its arguments), its output captured as
    text; a run that exits with an error fails the test, with the end of its stderr."""
    done = subprocess.run(
        [str(python), *args],
        capture_output=True,
        text=True,
        env=None if env is None else dict(env),
        input=input,
        timeout=timeout,
        cwd=cwd,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def without_anthropic_variables() -> dict[str, str]:
    """This process's environment without the `ANTHROPIC*` variables, for a run whose client
    must not pick up a key, base URL or option from the developer's shell."""
    return {k: v for k, v in os.environ.items() if not k.startswith("ANTHROPIC")}


SPANS_OFF = {"PATH": "", "ANTHROPIC_OPEN_TELEMETRY": ""}
"""An environment with nothing that turns spans on (a run that must load no span code)."""


def modules_loaded(code: str, *prefixes: str, env: Mapping[str, str] | None = None) -> list[str]:
    """The modules named with one of `prefixes` that a fresh interpreter has loaded once it ran
    `code` (what an import, or a call, pulls in)."""
    # `sys` is loaded in any interpreter: the listing adds no module it could report.
    listing = (
        "\nimport sys as _sys\n"
        f"print(sorted(m for m in _sys.modules if m.startswith({prefixes!r})))\n"
    )
    last_line = run_python("-c", code + listing, env=env).stdout.splitlines()[-1]
    loaded: list[str] = ast.literal_eval(last_line)
    return loaded


def span_code_loaded(code: str) -> list[str]:
    """The span code (OpenTelemetry, the package's span modules) that a fresh interpreter with
    spans off has loaded once it ran `code`: none is the point of the lazy loading."""
    span_code = ("opentelemetry", "claude_api_client.lib._tracing._")
    return modules_loaded(code, *span_code, env=SPANS_OFF)
