"""The official `anthropic` 2.16.0 beside this package, for side-by-side comparisons: it lives in
a venv of its own (the two packages never meet in one process), named by the environment variable
`CLAUDE_API_CLIENT_OFFICIAL_VENV` (default /work/official-venv). Where it is absent, the tests that
need it are skipped (`needs_official`)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from .interpreters import run_python

__all__ = [
    "OFFICIAL_VENV_VARIABLE",
    "needs_official",
    "official_interpreter",
    "official_python",
    "official_python_importing",
    "run_official",
]

OFFICIAL_VENV_VARIABLE = "CLAUDE_API_CLIENT_OFFICIAL_VENV"
DEFAULT_OFFICIAL_VENV = Path("/work/official-venv")


def official_python() -> Path | None:
    """The official venv's interpreter, or None where there is none."""
    venv = Path(os.environ.get(OFFICIAL_VENV_VARIABLE) or DEFAULT_OFFICIAL_VENV)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    return python if python.exists() else None


def official_python_importing(*modules: str) -> Path | None:
    """The official interpreter where it can import every one of `modules` (an optional part of
    the official package, or a package beside it), else None."""
    python = official_python()
    if python is None:
        return None
    check = [str(python), "-c", "import " + ", ".join(modules)]
    return python if subprocess.run(check, capture_output=True).returncode == 0 else None


needs_official = pytest.mark.skipif(
    official_python() is None,
    reason=f"the official package's venv is absent (set {OFFICIAL_VENV_VARIABLE})",
)
"""Marks a test that runs the official package: skipped where its venv is absent."""


def official_interpreter() -> str:
    """The official interpreter's path, for a test marked `needs_official`."""
    python = official_python()
    assert python is not None, "the test is not marked needs_official"
    return str(python)


def run_official(
    *args: str,
    env: dict[str, str] | None = None,
    input: str | None = None,
    timeout: float | None = None,
) -> subprocess.CompletedProcess[str]:
    """`run_python` with the official interpreter (a test marked `needs_official`)."""
    return run_python(*args, python=official_interpreter(), env=env, input=input, timeout=timeout)
