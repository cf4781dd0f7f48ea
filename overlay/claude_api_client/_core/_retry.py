"""One call across its attempts, without I/O: when to retry, how long to wait, what failed.

`Call` holds what stays the same across attempts (how to build the request, encoded once; the
timeout's deadline; the retries taken; what middleware sees of each attempt) and answers the send
loop's questions (`BaseClient._dispatch`): the request of the next attempt, the typed failure of
an attempt, and what an attempt's outcome means — a wait before the next one, or the exception to
raise. The `RetryPolicy` holds the clock, the sleep and the random source, so that tests replace
them and never sleep for real.
"""

from __future__ import annotations

import email.utils
import logging
import random as _random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field

import httpx

from ._constants import (
    DEFAULT_MAX_RETRIES,
    INITIAL_RETRY_DELAY,
    LOGGER_NAME,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    RETRY_JITTER,
)
from ._errors import connection_error, status_error
from ._exceptions import AnthropicError, APIConnectionError, APIStatusError, RetryableError
from ._middleware import APIRequest
from ._options import RequestOptions
from ._request import budget, redact

log = logging.getLogger(LOGGER_NAME)

Build = Callable[[], httpx.Request]
"""Builds the request of one attempt from a call's encoding (the size check runs here)."""

_RETRYABLE_STATUSES = frozenset({408, 409, 429})

# Failures worth another attempt: the network or the server broke, not our request. Exceptions
# that are not httpx's (a custom transport's own) count as broken connections too.
_TRANSIENT = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
    httpx.ProxyError,
)
_NOT_TRANSIENT = (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError)


async def _async_sleep(seconds: float) -> None:
    # anyio (an httpx dependency) sleeps under asyncio and trio alike.
    import anyio

    await anyio.sleep(seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """How a client retries: how often, and the clock, sleep and randomness it uses."""

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = INITIAL_RETRY_DELAY
    max_delay: float = MAX_RETRY_DELAY
    max_retry_after: float = MAX_RETRY_AFTER
    """Longest server-suggested wait honoured; a longer one falls back to backoff."""
    sleep: Callable[[float], None] = field(default=time.sleep)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=_async_sleep)
    monotonic: Callable[[], float] = field(default=time.monotonic)
    wall_clock: Callable[[], float] = field(default=time.time)
    """Seconds since the epoch, to read `retry-after` given as an HTTP date."""
    random: Callable[[], float] = field(default=_random.random)


def should_retry(status: int, headers: Mapping[str, str]) -> bool:
    """Whether an error response is worth retrying; the server's `x-should-retry` wins.

    Header names are case-insensitive (httpx.Headers); the value is compared without case or
    surrounding blanks, so `True`, `true` and ` TRUE ` all mean true. Any other value is
    ignored and the status decides. This is the only place the header is read.
    """
    verdict = headers.get("x-should-retry", "").strip().lower()
    if verdict == "true":
        return True
    if verdict == "false":
        return False
    return status in _RETRYABLE_STATUSES or status >= 500


def retry_after_seconds(
    headers: Mapping[str, str], *, now: Callable[[], float] = time.time
) -> float | None:
    """The wait the server asked for, in seconds, or None when it asked for none we can read.

    `retry-after-ms` (milliseconds) takes precedence over `retry-after` (seconds, or an HTTP date,
    which is compared with `now()`). A date in the past means "now": 0.
    """
    value = headers.get("retry-after-ms")
    if value is not None:
        try:
            return max(float(value) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # HTTP dates are GMT; a naive parse means the zone was missing
        return None
    return max(when.timestamp() - now(), 0.0)


def backoff_delay(retries_taken: int, policy: RetryPolicy) -> float:
    """Exponential backoff (initial, 2x, 4x … up to max_delay), shortened by a random jitter."""
    base = min(policy.initial_delay * (2.0**retries_taken), policy.max_delay)
    return base * (1.0 - RETRY_JITTER * policy.random())


def retry_delay(
    retries_taken: int, headers: Mapping[str, str] | None, policy: RetryPolicy
) -> float:
    """Seconds to wait before the next attempt: the server's wish if reasonable, else backoff."""
    if headers is not None:
        wanted = retry_after_seconds(headers, now=policy.wall_clock)
        if wanted is not None and wanted <= policy.max_retry_after:
            return wanted
    return backoff_delay(retries_taken, policy)


def _transient(error: BaseException) -> bool:
    return isinstance(error, _TRANSIENT) or not isinstance(error, _NOT_TRANSIENT)


class Call:
    """The state of one call between attempts; see the module docstring."""

    def __init__(
        self,
        made: RequestOptions,
        options: RequestOptions,
        build: Build,
        timeout: httpx.Timeout | None,
        policy: RetryPolicy,
        *,
        parse: Callable[[httpx.Response], object],
        unread: bool,
    ) -> None:
        """`made`: the call as the caller made it (what middleware sees: before the platform
        hook), `options` as encoded (after it), `build` the request of an attempt of `options`;
        `parse` and `unread` (a 2xx body handed out unread) are for middleware to see."""
        self._made = made
        self._options = options
        self._parse = parse
        self._unread = unread
        self._build = build
        # The call's budget is its read timeout: it bounds every network wait (`ends_at`), and
        # no retry wait starts that would end past it (`_retry_by`, on the policy's clock).
        seconds = budget(timeout)
        self.ends_at = time.monotonic() + seconds
        self._policy = policy
        self._retry_by = policy.monotonic() + seconds
        self.taken = 0
        self._started = 0.0
        self._last: httpx.Request | None = None
        self._as_is: BaseException | None = None

    def next(self) -> APIRequest:
        """What middleware sees of the next attempt: the call as made, its retries so far (with
        no middleware, what the attempt is given)."""
        return APIRequest(
            options=self._made, cast_to=self._parse, stream=self._unread, retries_taken=self.taken
        )

    def request(
        self, attempt: APIRequest, rebuild: Callable[[RequestOptions], Build]
    ) -> httpx.Request:
        """The request of `attempt`: built from the call's encoding, or, when a middleware
        changed it (`APIRequest.copy`), from its options encoded anew (`rebuild`); within the
        call's deadline either way. The size check runs here, before anything is sent."""
        build = self._build if attempt.options is self._made else rebuild(attempt.options)
        request = build()
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "Request %s %s (attempt %d) headers=%s",
                request.method,
                request.url,
                self.taken + 1,
                redact(request.headers),
            )
        self._last = request
        self._started = time.monotonic()
        return request

    def received(self, response: httpx.Response) -> None:
        if log.isEnabledFor(logging.INFO):
            log.info(
                "%s %s -> %d request_id=%s retries=%d %.3fs",
                response.request.method,
                response.request.url,
                response.status_code,
                response.headers.get("request-id"),
                self.taken,
                time.monotonic() - self._started,
            )

    def failure(
        self, error: Exception, request: httpx.Request, response: httpx.Response | None
    ) -> Exception:
        """What an attempt raises for `error`, raised while sending or reading (this is what
        `call_next` raises): anything but our own errors as `APIConnectionError` /
        `APITimeoutError` whose `__cause__` is `error`. Our own errors (an event hook's or a
        transport's, a refused redirect) are raised as they are, and never retried, but for the
        caller's `RetryableError`, which asks for a retry."""
        if isinstance(error, AnthropicError):
            if not isinstance(error, RetryableError):
                self._as_is = error
            return error
        deadline_passed = time.monotonic() >= self.ends_at
        failure = connection_error(error, request, response, deadline_passed=deadline_passed)
        failure.__cause__ = error
        return failure

    def after_status(self, response: httpx.Response) -> float:
        """The wait before retrying an error status (its body read); raises when not retried."""
        delay = self._after_status(response.status_code, response.headers)
        if delay is None:
            raise status_error(response)
        return self._retrying(delay, f"HTTP {response.status_code}")

    def after_error(self, error: Exception) -> float:
        """The wait before retrying after `error` (raised by the chain, or while reading the
        first events); raises it as it is when not retried. Retried, while retries remain: a
        `RetryableError`, an `APIStatusError` of a retryable status, an `APIConnectionError`
        whose cause is transient (or that has none: raised by middleware) — or an exception
        caused by one of these; never an error an attempt raised as it was (`failure`)."""
        delay = self._after(error)
        if delay is None:
            raise error
        return self._retrying(delay, repr(error))

    def _after(self, error: BaseException | None) -> float | None:
        seen: set[int] = set()
        while error is not None and id(error) not in seen:
            seen.add(id(error))
            if error is self._as_is:
                return None
            if isinstance(error, RetryableError):
                return self._wait(None)
            if isinstance(error, APIStatusError):
                return self._after_status(error.status_code, error.response.headers)
            if isinstance(error, APIConnectionError):
                cause = error.__cause__
                return self._wait(None) if cause is None or _transient(cause) else None
            error = error.__cause__
        return None

    def _after_status(self, status: int, headers: Mapping[str, str]) -> float | None:
        return self._wait(headers) if should_retry(status, headers) else None

    def _wait(self, headers: Mapping[str, str] | None) -> float | None:
        """The wait before another attempt, counted as taken; None: no retry left, or no time."""
        policy = self._policy
        if self.taken >= policy.max_retries:
            return None
        delay = retry_delay(self.taken, headers, policy)
        if policy.monotonic() + delay > self._retry_by:
            return None
        self.taken += 1
        return delay

    def _retrying(self, delay: float, why: str) -> float:
        last = self._last  # None while no request was built (a middleware raised first)
        method, url = (
            (last.method, last.url)
            if last is not None
            else (self._options.method, self._options.path)
        )
        log.info("Retrying %s %s in %.2fs after %s", method.upper(), url, delay, why)
        return delay

    def __repr__(self) -> str:
        # No credentials in a traceback's locals: the method and path only.
        return f"Call({self._options.method.upper()} {self._options.path})"
