"""Run a program written for the official package with `anthropic` meaning `claude_api_client`.

Usage: python _alias.py <program.py>

This is what "change the import" means, applied without editing the program: every
`anthropic[.x.y]` import resolves to `claude_api_client[.x.y]`, the very same module objects.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import runpy
import sys
from pathlib import Path
from types import ModuleType

OFFICIAL, OURS = "anthropic", "claude_api_client"


class _Alias(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(
        self, fullname: str, path: object = None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname == OFFICIAL or fullname.startswith(OFFICIAL + "."):
            ours = OURS + fullname[len(OFFICIAL) :]
            if importlib.util.find_spec(ours) is None:
                return None  # a path we do not have: ModuleNotFoundError, as a user would see
            return importlib.util.spec_from_loader(fullname, self)
        return None

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        return importlib.import_module(OURS + spec.name[len(OFFICIAL) :])

    def exec_module(self, module: ModuleType) -> None:
        pass  # already executed under its own name


if __name__ == "__main__":
    sys.meta_path.insert(0, _Alias())
    program = sys.argv[1]
    sys.argv = sys.argv[1:]
    sys.path[0] = str(Path(program).resolve().parent)  # as `python program.py` would
    runpy.run_path(program, run_name="__main__")
