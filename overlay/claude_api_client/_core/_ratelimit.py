"""Rate-limit state reported by the API in `anthropic-ratelimit-*` and `retry-after` headers."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

_PREFIX = "anthropic-ratelimit-"

T = TypeVar("T")


def _read(headers: Mapping[str, str], name: str, parse: Callable[[str], T]) -> T | None:
    """A header's value parsed; None when it is absent or unreadable."""
    value = headers.get(name)
    if value is None:
        return None
    try:
        return parse(value.strip())
    except ValueError:
        return None


def _timestamp(text: str) -> _dt.datetime:
    # Python 3.10's fromisoformat does not accept the "Z" suffix the API uses.
    return _dt.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)


# (header, parse) of each field before `headers`, in their order: each kind of limit has a
# `-limit`, `-remaining` and `-reset` header; `retry-after` comes last.
_FIELDS: list[tuple[str, Callable[[str], Any]]] = [
    (f"{_PREFIX}{kind.replace('_', '-')}-{part}", parse)
    for kind in ("requests", "tokens", "input_tokens", "output_tokens")
    for part, parse in (("limit", int), ("remaining", int), ("reset", _timestamp))
] + [("retry-after", float)]


@dataclass(frozen=True)
class RateLimitInfo:
    """The rate-limit headers of one response, parsed.

    Every field is None when its header is absent or unreadable. `headers` keeps every
    rate-limit header as received, including ones this version does not know.
    """

    requests_limit: int | None = None
    requests_remaining: int | None = None
    requests_reset: _dt.datetime | None = None
    tokens_limit: int | None = None
    tokens_remaining: int | None = None
    tokens_reset: _dt.datetime | None = None
    input_tokens_limit: int | None = None
    input_tokens_remaining: int | None = None
    input_tokens_reset: _dt.datetime | None = None
    output_tokens_limit: int | None = None
    output_tokens_remaining: int | None = None
    output_tokens_reset: _dt.datetime | None = None
    retry_after: float | None = None
    """Seconds to wait, from `retry-after` (numeric form only; see `headers` for the raw value)."""
    headers: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimitInfo:
        """Parse from a response's headers (an `httpx.Headers` or a dict with lower-case keys)."""
        kept: dict[str, str] = {}
        for key, value in headers.items():
            key = key.lower()
            if key.startswith(_PREFIX) or key == "retry-after":
                kept[key] = value
        values: list[Any] = [_read(kept, header, parse) for header, parse in _FIELDS]
        values.append(kept)
        return cls(*values)
