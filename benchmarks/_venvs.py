#!/usr/bin/env python3
"""Create (once) and locate the two benchmark virtualenvs, both under the git-ignored ``.bench/``.

- ``.bench/official``: the official ``anthropic`` package from PyPI (plain ``pip install``), the
  yardstick of every benchmark. Nothing of it is imported into this project's interpreter:
  benchmarks run their official rows as snippets in that venv's Python.
- ``.bench/ours``: this project installed editable with its runtime dependencies only. The
  development venv also holds click and rich, which httpx imports when present (~30 ms); a user's
  environment would not, so imports are measured here.

    python benchmarks/_venvs.py            # create both if missing, print their pythons
    python benchmarks/_venvs.py --upgrade  # reinstall (newest anthropic)
    python benchmarks/_venvs.py --check    # only say whether they are usable (exit 1 if not)

``official_python()`` / ``ours_python()`` return ``None`` (and say why) when a venv cannot be
made, e.g. without network: official rows are then skipped cleanly, ours fall back to the
current interpreter.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The official package: $BENCH_OFFICIAL_VENV, else the machine's shared venv when there is one
# (/work/official-venv, anthropic 2.16.0), else a venv made here from PyPI.
_SHARED = Path("/work/official-venv")
DEFAULT_DIR = Path(
    os.environ.get("BENCH_OFFICIAL_VENV")
    or (_SHARED if (_SHARED / "bin" / "python").exists() else ROOT / ".bench" / "official")
)
OURS_DIR = ROOT / ".bench" / "ours"

__all__ = ["DEFAULT_DIR", "OURS_DIR", "official_python", "official_version", "ours_python"]


def _python_in(directory: Path) -> Path:
    return directory / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _importable(python: Path, module: str = "anthropic") -> bool:
    if not python.exists():
        return False
    result = subprocess.run(
        [str(python), "-c", f"import {module}"], capture_output=True, text=True, check=False
    )
    return result.returncode == 0


def official_version(python: Path) -> str | None:
    result = subprocess.run(
        [str(python), "-c", "import anthropic; print(anthropic.__version__)"],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip() or None if result.returncode == 0 else None


def _ensure(
    directory: Path,
    module: str,
    requirement: list[str],
    *,
    create: bool,
    upgrade: bool,
    quiet: bool,
) -> Path | None:
    python = _python_in(directory)
    if not upgrade and _importable(python, module):
        return python
    if not create:
        return None
    try:
        if not python.exists():
            venv.EnvBuilder(with_pip=True, clear=False).create(directory)
        command = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
        if upgrade:
            command.append("--upgrade")
        subprocess.run([*command, *requirement], check=True, capture_output=quiet)
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"{directory}: unavailable ({error})", file=sys.stderr)
        return None
    return python if _importable(python, module) else None


def official_python(
    directory: Path = DEFAULT_DIR,
    *,
    create: bool = True,
    upgrade: bool = False,
    quiet: bool = False,
) -> Path | None:
    """The Python of the venv with ``anthropic`` installed, or None when it is unavailable."""
    return _ensure(
        directory, "anthropic", ["anthropic"], create=create, upgrade=upgrade, quiet=quiet
    )


def ours_python(*, create: bool = True, upgrade: bool = False, quiet: bool = True) -> Path | None:
    """The Python of the clean venv with this project installed editable, or None.

    The checkout's sources are byte-compiled first (see ``compile_sources``).
    """
    python = _ensure(
        OURS_DIR,
        "claude_api_client",
        ["-e", str(ROOT)],
        create=create,
        upgrade=upgrade,
        quiet=quiet,
    )
    compile_sources(python or Path(sys.executable))
    return python


def compile_sources(python: Path, root: Path = ROOT) -> None:
    """Write the ``.pyc`` files of the package's sources, as installing a wheel does.

    An editable install leaves the sources uncompiled, and the benchmarks run with
    ``PYTHONDONTWRITEBYTECODE=1``, so without this every fresh process of ours would compile
    ~200 modules from source (about 40% of its cold start) while the official package and httpx,
    installed from wheels, load bytecode. Up-to-date files are skipped, so this is cheap to repeat.
    """
    sources = [str(root / "overlay"), str(root / "generated")]
    subprocess.run(
        [str(python), "-m", "compileall", "-q", *sources], check=True, capture_output=True
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help=f"venv path ({DEFAULT_DIR})")
    parser.add_argument("--upgrade", action="store_true", help="reinstall the newest anthropic")
    parser.add_argument("--check", action="store_true", help="do not create; exit 1 if missing")
    args = parser.parse_args(argv)
    python = official_python(args.dir, create=not args.check, upgrade=args.upgrade)
    ours = ours_python(create=not args.check, upgrade=args.upgrade)
    print(f"ours: {ours or 'unavailable'}")
    print(f"official: {python or 'unavailable'}", end="")
    print(f" (anthropic {official_version(python)})" if python else "")
    return 0 if python is not None and ours is not None else 1


if __name__ == "__main__":
    raise SystemExit(main())
