"""`BetaToolLike`: what a `tools=` list may hold besides plain definitions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypeAlias, runtime_checkable

if TYPE_CHECKING:
    from ...types.beta import BetaToolUnionParam

__all__ = ["BetaToolLike", "SupportsToDict"]


@runtime_checkable
class SupportsToDict(Protocol):
    """Anything whose `to_dict()` gives the `tools[]` entry to send (a `@beta_tool` function,
    a built-in tool, a toolset)."""

    def to_dict(self) -> BetaToolUnionParam:
        """The `tools[]` entry."""
        ...


BetaToolLike: TypeAlias = "BetaToolUnionParam | SupportsToDict"
"""A `tools[]` entry, or an object that gives one through `to_dict()`."""
