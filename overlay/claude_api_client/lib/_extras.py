"""Optional dependencies of the platform clients: imported only when a client needs them."""

from __future__ import annotations

import importlib
from types import ModuleType

from .._core._exceptions import AnthropicError

__all__ = ["MissingDependencyError", "require"]


class MissingDependencyError(AnthropicError, ImportError):
    """A platform client needs a package that is not installed; the message names the extra."""

    def __init__(self, *, library: str, extra: str) -> None:
        super().__init__(
            f"This needs the optional dependency {library!r}; install it with "
            f"`pip install 'claude-api-client[{extra}]'`."
        )
        self.library = library
        self.extra = extra


def require(module: str, *, library: str, extra: str) -> ModuleType:
    """Import `module`, or raise MissingDependencyError naming the extra that provides it."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise MissingDependencyError(library=library, extra=extra) from error
