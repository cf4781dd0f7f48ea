"""Importing the packages under scripts/ (the generator, the release tools) from a test."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def scripts_module(name: str) -> Any:
    """`scripts/<name>` as a module (`"_generator.loader"`, `"_openapi.names"`); scripts/ is on
    `sys.path` only while it is imported, as the scripts themselves put it there."""
    sys.path.insert(0, str(SCRIPTS))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(SCRIPTS))
