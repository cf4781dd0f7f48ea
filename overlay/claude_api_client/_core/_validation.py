"""Cheap checks of method arguments before anything is sent, and request-building helpers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from ._types import NotGiven

_NAMES = {
    "str": str,
    "int": int,
    "float": float,
    "bool": bool,
    "list": list,
    "tuple": tuple,
    "NoneType": type(None),
}


def check_type(name: str, value: object, kinds: tuple[type, ...]) -> None:
    """Fail with the argument's name when `value` is not one of `kinds` (NOT_GIVEN always passes)."""
    if isinstance(value, NotGiven):
        return
    # bool is an int to Python, never to the API.
    if isinstance(value, bool) and bool not in kinds:
        ok = False
    else:
        ok = isinstance(value, kinds)
    if not ok:
        expected = " or ".join(k.__name__ if k is not type(None) else "None" for k in kinds)
        raise TypeError(f"argument {name!r} must be {expected}, not {type(value).__name__}")


def beta_header(fixed: Sequence[str], betas: object) -> dict[str, str] | None:
    """The `anthropic-beta` header: the operation's own betas, then the caller's, comma-joined."""
    names: list[str] = list(fixed)
    if not isinstance(betas, NotGiven) and betas is not None:
        if isinstance(betas, str):
            raise TypeError("argument 'betas' must be a list of beta names, not a str")
        names.extend(str(b) for b in betas)  # type: ignore[attr-defined]
    unique = list(dict.fromkeys(names))
    return {"anthropic-beta": ",".join(unique)} if unique else None


def path_segment(value: Any) -> str:
    """A path parameter, quoted; an empty one fails before the request goes out."""
    if not isinstance(value, str) or not value:
        raise ValueError(f"a path parameter must be a non-empty string, got {value!r}")
    return quote(value, safe="")
