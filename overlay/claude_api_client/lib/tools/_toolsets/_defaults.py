"""The default body of every member a driver leaves unimplemented, made once for all four classes.

The abstract classes declare each member's typed signature for the type checkers only; at run
time `with_default_members` gives the class one method per member it does not define: `def` on
the sync class, `async def` on the async one, refusing the call as unavailable and marked with
`default_body`, so `ToolsetOptions` sends the member as `enabled: false`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from ._contract import BetaToolsetCallContext
from ._errors import UnavailableMemberError
from ._loop import ToolsetLoop
from ._members import Family
from ._options import default_body

__all__ = ["with_default_members"]

_C = TypeVar("_C", bound=type[ToolsetLoop])


def with_default_members(
    family: Family, notes: Mapping[str, str] | None = None
) -> Callable[[_C], _C]:
    """Class decorator: the default member methods of `family`; `notes` are the docstrings of
    the members that have one."""

    def install(cls: _C) -> _C:
        for name in family.members:
            if name not in vars(cls):
                member = _unavailable(name, family, asynchronous=cls._toolset_async)
                member.__name__ = name
                member.__qualname__ = f"{cls.__qualname__}.{name}"
                member.__module__ = cls.__module__
                member.__doc__ = (notes or {}).get(name)
                # What `help()` shows: the input model of the member (the return type is only
                # in the typed declarations).
                member.__annotations__ = {
                    "context": BetaToolsetCallContext,
                    "input": family.members[name].input,
                }
                setattr(cls, name, default_body(member))
        return cls

    return install


def _unavailable(name: str, family: Family, *, asynchronous: bool) -> Callable[..., Any]:
    def refuse() -> UnavailableMemberError:
        return UnavailableMemberError(name, family=family.name)

    async def async_member(self: object, context: object, input: object) -> Any:
        raise refuse()

    def member(self: object, context: object, input: object) -> Any:
        raise refuse()

    return async_member if asynchronous else member
