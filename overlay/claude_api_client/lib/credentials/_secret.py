"""Keeping secret strings out of reprs, logs and the locals of a traceback.

Every secret that enters this package (a token read from a file, a token endpoint's answer, an
assertion) is wrapped in `Secret` at the boundary and unwrapped only where it is sent or written.
"""

from __future__ import annotations

import hmac
import json
from typing import Any

__all__ = ["Secret", "dumps_unwrapped", "plain", "strip_traceback", "wrap_secrets"]

# Keys of a credentials file or token response that are not secret; every other string is.
_PLAIN_KEYS = frozenset(
    (
        "type",
        "version",
        "expires_at",
        "token_type",
        "expires_in",
        "scope",
        "error",
        "error_description",
        "error_uri",
    )
)


class Secret:
    """A string that renders as asterisks (repr, str, format) and compares in constant time."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get_secret_value(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __len__(self) -> int:
        return len(self._value)

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> Any:
        raise TypeError("a Secret cannot be pickled")


def plain(value: object) -> Any:
    """The value inside a `Secret`; anything else as it is."""
    return value.get_secret_value() if isinstance(value, Secret) else value


class NotAnObjectError(TypeError):
    """A JSON document that is not an object; only its type name is kept (it may echo a secret)."""

    def __init__(self, type_name: str) -> None:
        super().__init__(f"expected a JSON object, got {type_name}")
        self.type_name = type_name


def wrap_secrets(document: object) -> dict[str, Any]:
    """`document` (parsed JSON) with every top-level string value whose key is not known to be
    plain wrapped in `Secret`, in place; a non-object is refused without keeping it."""
    if not isinstance(document, dict):
        type_name = type(document).__name__
        del document
        raise NotAnObjectError(type_name)
    for key, value in document.items():
        if key not in _PLAIN_KEYS and isinstance(value, str):
            document[key] = Secret(value)
    return document


def _unwrap(value: object) -> object:
    if isinstance(value, Secret):
        return value.get_secret_value()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def dumps_unwrapped(document: object, *, indent: int | None = None) -> bytes:
    """JSON bytes of `document` with its `Secret`s unwrapped (never bound to a local here)."""
    return json.dumps(document, indent=indent, default=_unwrap).encode("utf-8")


def strip_traceback(error: BaseException) -> BaseException:
    """`error` without its frames, whose locals (a JSON decoder's input, a transport's request
    body) may hold secrets; its type and message stay."""
    error.__traceback__ = None
    return error
