"""Rate-limit state reported by the API in `anthropic-ratelimit-*` and `retry-after` headers."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["RateLimitInfo"]

_PREFIX = "anthropic-ratelimit-"


def _int(headers: Mapping[str, str], name: str) -> int | None:
    value = headers.get(_PREFIX + name)
    if value is None:
        return None
    try:
        return int(value.strip())
    except ValueError:
        return None


def _time(headers: Mapping[str, str], name: str) -> _dt.datetime | None:
    value = headers.get(_PREFIX + name)
    if value is None:
        return None
    text = value.strip()
    # Python 3.10's fromisoformat does not accept the "Z" suffix the API uses.
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        return _dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def _seconds(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return float(value.strip())
    except ValueError:
        return None


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
        kept = {
            key.lower(): value
            for key, value in headers.items()
            if key.lower().startswith(_PREFIX) or key.lower() == "retry-after"
        }
        return cls(
            requests_limit=_int(kept, "requests-limit"),
            requests_remaining=_int(kept, "requests-remaining"),
            requests_reset=_time(kept, "requests-reset"),
            tokens_limit=_int(kept, "tokens-limit"),
            tokens_remaining=_int(kept, "tokens-remaining"),
            tokens_reset=_time(kept, "tokens-reset"),
            input_tokens_limit=_int(kept, "input-tokens-limit"),
            input_tokens_remaining=_int(kept, "input-tokens-remaining"),
            input_tokens_reset=_time(kept, "input-tokens-reset"),
            output_tokens_limit=_int(kept, "output-tokens-limit"),
            output_tokens_remaining=_int(kept, "output-tokens-remaining"),
            output_tokens_reset=_time(kept, "output-tokens-reset"),
            retry_after=_seconds(kept.get("retry-after")),
            headers=kept,
        )
