"""Hatch build hook: give an editable install one directory tree that type checkers can read.

The package `claude_api_client` is joined from two folders, `overlay/` (the runtime, with the
package's `__init__.py`) and `generated/` (types and resources). Python joins them at import time
(`pkgutil.extend_path` in the `__init__`), but pyright resolves a regular package in one folder
only, so with the two folders on the path `claude_api_client.types` cannot be resolved. For an
editable install this hook builds `view-for-type-checkers/claude_api_client/`: one symlink per top-level entry
of both parts, so the editable install also exposes the package as a single tree (edits stay live:
the links point at the sources). Wheels are not affected. Where symlinks cannot be made (Windows
without the privilege), the view is skipped and only pyright loses sight of the generated part.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

PACKAGE = "claude_api_client"
PARTS = ("overlay", "generated")
VIEW = "view-for-type-checkers"


def build_view(root: Path) -> Path:
    """(Re)create `<root>/.editable/claude_api_client` as links to both parts' entries."""
    view = root / VIEW / PACKAGE
    shutil.rmtree(root / VIEW, ignore_errors=True)
    view.mkdir(parents=True)
    for part in PARTS:
        source = root / part / PACKAGE
        for entry in sorted(source.iterdir()):
            if entry.name == "__pycache__" or (view / entry.name).exists():
                continue
            os.symlink(os.path.relpath(entry, view), view / entry.name)
    return view


class EditableViewHook(BuildHookInterface):  # type: ignore[type-arg]  # generic in newer hatchling
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version != "editable":
            return
        try:
            build_view(Path(self.root))
        except OSError as error:
            shutil.rmtree(Path(self.root) / VIEW, ignore_errors=True)
            self.app.display_warning(f"no single-tree view for type checkers: {error}")
