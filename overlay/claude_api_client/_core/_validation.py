"""Cheap checks of method arguments before anything is sent, and request-building helpers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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


def operation_headers(
    fixed_betas: Sequence[str], betas: object, others: Mapping[str, object] | None = None
) -> dict[str, str] | None:
    """The operation's headers: `anthropic-beta` (the caller's betas, then the operation's own,
    comma-joined, as the official package orders them) and any header parameter the caller gave."""
    names: list[str] = []
    if not isinstance(betas, NotGiven) and betas is not None:
        if isinstance(betas, str):
            raise TypeError("argument 'betas' must be a list of beta names, not a str")
        names.extend(str(b) for b in betas)  # type: ignore[attr-defined]
    names.extend(fixed_betas)
    headers = {"anthropic-beta": ",".join(dict.fromkeys(names))} if names else {}
    for name, value in (others or {}).items():
        if not isinstance(value, NotGiven) and value is not None:
            headers[name] = str(value)
    return headers or None


def path_segment(value: Any) -> str:
    """A path parameter, quoted; an empty one fails before the request goes out."""
    if not isinstance(value, str) or not value:
        raise ValueError(f"a path parameter must be a non-empty string, got {value!r}")
    return quote(value, safe="")
