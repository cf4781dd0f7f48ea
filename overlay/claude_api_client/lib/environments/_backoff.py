"""How the managed-agents helpers (session tool runner, worker lease) classify a failed request
and space their retries: one policy for all of them."""

from __future__ import annotations

import asyncio
import json
import random

from ..._core._exceptions import APIError, APIStatusError

__all__ = ["REQUEST_ERRORS", "backoff", "is_fatal", "jittered"]

REQUEST_ERRORS: tuple[type[Exception], ...] = (
    APIError,
    json.JSONDecodeError,  # a stream event cut off by a proxy
    UnicodeDecodeError,
    asyncio.TimeoutError,  # not yet the builtin TimeoutError on 3.10
    TimeoutError,
)
"""The failures a helper's retry loop handles; anything else is a bug and propagates."""

_PASSING_4XX = frozenset({408, 409, 429})


def is_fatal(error: BaseException) -> bool:
    """A 4xx that trying again cannot fix (a refused key, a missing session)."""
    return (
        isinstance(error, APIStatusError)
        and 400 <= error.status_code < 500
        and error.status_code not in _PASSING_4XX
    )


def backoff(attempt: int, *, cap: float) -> float:
    """`2 ** attempt` seconds (attempt 0: one second), never more than `cap`."""
    return cap if attempt >= 64 else min(cap, 2.0**attempt)


def jittered(delay: float) -> float:
    """A delay drawn between half of `delay` and `delay`, so that retries spread out."""
    return random.uniform(delay / 2, delay)
