"""Names of a helper package that load on first use, so that importing the package loads no
model, no pydantic and no httpx."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = ["by_module", "lazy_names"]


def lazy_names(
    package: str, table: Mapping[str, str], namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The module `__getattr__` and `__dir__` of `package`, whose public names are the keys of
    `table`, each found in the (relative) module its value names; a loaded name is kept in
    `namespace` (the package's globals), so it is looked up once."""
    names = sorted(table)

    def __getattr__(name: str) -> Any:
        module_name = table.get(name)
        if module_name is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module_name, package), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return names

    return __getattr__, __dir__


def by_module(modules: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """The `table` of `lazy_names` from each (relative) module's names."""
    return {name: module for module, names in modules.items() for name in names}
