"""Fixtures of the compatibility suite: the simulator, and a Python that has the official package.

The official `anthropic` 2.16.0 runs in its own interpreter (it must not meet ours in one
process). Which one, in order:

1. `$CLAUDE_COMPAT_PYTHON`, if set;
2. the official venv the other suites use, `$CLAUDE_API_CLIENT_OFFICIAL_VENV` (default
   /work/official-venv; tests/_support/official.py), where it exists;
3. a venv this suite creates once under `.compat-venv/` (gitignored) with `anthropic==2.16.0`
   from the package index, reused by later sessions.

Only when the index cannot be reached is the suite skipped, with the reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from _support import official
from claude_api_client.testing import LocalAPIServer, local_api

OFFICIAL_VERSION = "2.16.0"
REPO = Path(__file__).resolve().parents[2]
CACHED_VENV = REPO / ".compat-venv"
PIP_TIMEOUT = 600


def _bin(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _has_official(python: Path) -> bool:
    if not python.exists():
        return False
    check = f"import anthropic, sys; sys.exit(anthropic.__version__ != {OFFICIAL_VERSION!r})"
    return subprocess.run([str(python), "-c", check], capture_output=True).returncode == 0


def _create_venv() -> Path:
    """Build the venv in a temporary folder beside the cache, then move it into place."""
    work = Path(tempfile.mkdtemp(prefix=".compat-venv-", dir=REPO))
    try:
        subprocess.run([sys.executable, "-m", "venv", str(work / "venv")], check=True)
        install = subprocess.run(
            [
                str(_bin(work / "venv")),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                f"anthropic=={OFFICIAL_VERSION}",
            ],
            capture_output=True,
            text=True,
            timeout=PIP_TIMEOUT,
        )
        if install.returncode != 0:
            tail = (install.stderr or install.stdout).strip().splitlines()[-3:]
            pytest.skip(
                f"cannot install anthropic=={OFFICIAL_VERSION} from the package index "
                f"(is it reachable?): {' | '.join(tail)}"
            )
        shutil.rmtree(CACHED_VENV, ignore_errors=True)
        (work / "venv").rename(CACHED_VENV)
    except subprocess.TimeoutExpired:
        pytest.skip(f"installing anthropic=={OFFICIAL_VERSION} took over {PIP_TIMEOUT}s")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return _bin(CACHED_VENV)


@pytest.fixture(scope="session")
def official_python() -> Path:
    configured = os.environ.get("CLAUDE_COMPAT_PYTHON")
    if configured:
        python = Path(configured)
        if not _has_official(python):
            pytest.fail(f"CLAUDE_COMPAT_PYTHON={configured} has no anthropic=={OFFICIAL_VERSION}")
        return python
    for candidate in (official.official_python(), _bin(CACHED_VENV)):
        if candidate is not None and _has_official(candidate):
            return candidate
    python = _create_venv()
    if not _has_official(python):
        pytest.fail(f"the venv at {CACHED_VENV} has no anthropic=={OFFICIAL_VERSION}")
    return python


@pytest.fixture(scope="session")
def compat_apis() -> Iterator[tuple[LocalAPIServer, LocalAPIServer]]:
    """Two simulators, one for each package's run. Both decline `claude-refusing-model`
    (programs/fallbacks.py)."""
    with local_api() as official, local_api() as ours:
        for api in (official, ours):
            api.settings.refusing_models = ("claude-refusing-model",)
        yield official, ours
