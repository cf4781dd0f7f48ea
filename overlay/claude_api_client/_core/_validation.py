"""What the generated request builders run on method arguments, before anything is sent: type
and `None` checks, the operation's headers, path segments, and the rewrites the document asks
for (`x-default-flags`: betas the beta surface always sends; `x-replaced-by`: a deprecated body
field moved to its replacement)."""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

from ._exceptions import AnthropicError
from ._types import NotGiven, Omit


def check_type(name: str, value: object, kinds: tuple[type, ...]) -> None:
    """Fail with the argument's name when `value` is not one of `kinds` (NOT_GIVEN and `omit`,
    both meaning "not given", always pass)."""
    if isinstance(value, (NotGiven, Omit)):
        return
    # bool is an int to Python, never to the API.
    if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
        expected = " or ".join(k.__name__ if k is not type(None) else "None" for k in kinds)
        raise TypeError(f"argument {name!r} must be {expected}, not {type(value).__name__}")


def check_not_none(name: str, value: object) -> None:
    """A required argument given as None (or `omit`) fails before anything is sent."""
    if value is None or isinstance(value, (NotGiven, Omit)):
        raise TypeError(f"argument {name!r} is required and cannot be {value!r}")


def operation_headers(
    fixed_betas: Sequence[str], betas: object, others: Mapping[str, object] | None = None
) -> dict[str, str] | None:
    """The operation's headers: `anthropic-beta` (the caller's betas, then the operation's own,
    comma-joined, as the official package orders them) and any header parameter the caller gave."""
    names: list[str] = []
    if not isinstance(betas, (NotGiven, Omit)) and betas is not None:
        if isinstance(betas, str):
            raise TypeError("argument 'betas' must be a list of beta names, not a str")
        names.extend(str(b) for b in betas)  # type: ignore[attr-defined]
    names.extend(fixed_betas)
    headers = {"anthropic-beta": ",".join(dict.fromkeys(names))} if names else {}
    for name, value in (others or {}).items():
        if not isinstance(value, (NotGiven, Omit)) and value is not None:
            headers[name] = str(value)  # checked with every header as the request is encoded
    return headers or None


def path_segment(value: Any, name: str = "path parameter") -> str:
    """A path parameter, percent-encoded so that it stays one segment of the path.

    Empty values, `.` and `..` fail before the request goes out, naming the parameter: quoting
    leaves them as they are, and a URL resolves them (`files.delete("..")` would reach another
    endpoint).
    """
    if not isinstance(value, str):
        raise TypeError(f"argument {name!r} must be str, not {type(value).__name__}")
    if not value:
        raise ValueError(f"Expected a non-empty value for `{name}` but received {value!r}")
    if value in (".", ".."):
        raise ValueError(
            f"`{name}` cannot be {value!r}: as a path segment it would address another endpoint"
        )
    return quote(value, safe="")


def with_default_betas(betas: object, defaults: Sequence[str]) -> object:
    """The caller's betas followed by the operation's own (duplicates are dropped later)."""
    if isinstance(betas, str):
        return betas  # refused where the header is built, naming the argument
    given: list[Any] = [] if betas is None or isinstance(betas, (NotGiven, Omit)) else list(betas)  # type: ignore[call-overload]
    return [*given, *defaults]


def move_deprecated(body: dict[str, Any], moves: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """`body` with each deprecated field (`name`) moved to its replacement (`outer.inner`)."""
    for name, target in moves:
        if name not in body:
            continue
        value = body.pop(name)
        if value is None:
            continue  # "no format": nothing to move
        outer, _, inner = target.partition(".")
        current = body.get(outer)
        if isinstance(current, Mapping) and current.get(inner) is not None:
            raise AnthropicError(
                f"Both {name} and {target} were given; pass only {target} ({name} is deprecated)."
            )
        warnings.warn(
            f"`{name}` is deprecated; pass `{outer}={{'{inner}': ...}}` instead "
            f"(it is sent as `{target}`).",
            DeprecationWarning,
            stacklevel=4,  # move_deprecated <- request builder <- resource method <- caller
        )
        body[outer] = {**current, inner: value} if isinstance(current, Mapping) else {inner: value}
    return body
