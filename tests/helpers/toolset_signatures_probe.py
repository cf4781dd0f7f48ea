"""Prints, as JSON, the public toolset surface of the package named on the command line: each
public name of `tools`, `tools.browser`, `tools.computer` and `lib.tools`, and the signature of
every public callable and of the methods a driver implements or calls. Compared across this
package and the official one by tests/helpers/test_toolsets_surface.py."""

from __future__ import annotations

import importlib
import inspect
import json
import sys
from typing import Any

MODULES = ("tools", "tools.browser", "tools.computer", "lib.tools")
CLASSES = (
    "BetaAbstractBrowserToolset20260801",
    "BetaAsyncAbstractBrowserToolset20260801",
    "BetaAbstractComputerToolset20260801",
    "BetaAsyncAbstractComputerToolset20260801",
)


def signature(obj: Any) -> str:
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return "-"
    parts = []
    for p in sig.parameters.values():
        default = "" if p.default is inspect.Parameter.empty else f"={p.default!r}"
        parts.append(f"{p.kind.name}:{p.name}{default}")
    return ", ".join(parts)


def main(package: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in MODULES:
        module = importlib.import_module(f"{package}.{name}")
        names = [
            n
            for n in getattr(module, "__all__", dir(module))
            if not n.startswith("_") and not inspect.ismodule(getattr(module, n))
        ]
        if name == "lib.tools":  # ours and theirs list other tool helpers too
            names = [n for n in names if "Toolset" in n or n in ("BetaToolLike", "ToolError")]
        out[name] = sorted(names)
    browser = importlib.import_module(f"{package}.tools")
    for cls_name in CLASSES:
        cls = getattr(browser, cls_name)
        methods = {}
        for attr in sorted(dir(cls)):
            if attr.startswith("_") and attr not in (
                "__init__",
                "_browser_state",
                "__enter__",
                "__aenter__",
            ):
                continue
            value = getattr(cls, attr)
            if callable(value) and not isinstance(value, type):
                methods[attr] = [signature(value), inspect.iscoroutinefunction(value)]
        out[cls_name] = methods
    for fn in ("beta_check_upload_path", "BetaLocalFilePolicy"):
        out[fn] = signature(getattr(browser, fn))
    return out


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1]), indent=1, sort_keys=True))
