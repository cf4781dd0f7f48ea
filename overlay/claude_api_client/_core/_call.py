"""One call across its attempts, without I/O: the decisions of the send loop.

`Call` holds what stays the same across attempts (how to build the request, encoded once; the
timeout's deadline; the retry bookkeeping; what middleware sees of each attempt) and answers the
send loop's questions: the request of the next attempt, the typed failure of an attempt, and
what an attempt's outcome means — a wait before the next attempt, or the exception to raise.
`SyncAPIClient._dispatch` and `AsyncAPIClient._dispatch` do only the I/O around it (the chain,
authenticate, send, read, sleep), so the two loops cannot drift apart.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import httpx

from ._constants import LOGGER_NAME
from ._errors import connection_error, status_error
from ._exceptions import AnthropicError, APIConnectionError, APIStatusError, RetryableError
from ._middleware import APIRequest
from ._options import RequestOptions
from ._request import budget, redact
from ._retry import Attempts, RetryPolicy

__all__ = ["Build", "Call"]

log = logging.getLogger(LOGGER_NAME)

Build = Callable[[], httpx.Request]
"""Builds the request of one attempt from a call's encoding (the size check runs here)."""

# Failures worth another attempt: the network or the server broke, not our request. Exceptions
# that are not httpx's (a custom transport's own) count as broken connections too.
_TRANSIENT = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
    httpx.ProxyError,
)
_NOT_TRANSIENT = (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError)


def _transient(error: BaseException) -> bool:
    return isinstance(error, _TRANSIENT) or not isinstance(error, _NOT_TRANSIENT)


class Call:
    """The state of one call between attempts; see the module docstring."""

    __slots__ = (
        "_as_is",
        "_attempts",
        "_build",
        "_last",
        "_made",
        "_options",
        "_parse",
        "_started",
        "_unread",
        "ends_at",
    )

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
        seconds = budget(timeout)
        self.ends_at = time.monotonic() + seconds
        self._attempts = Attempts(policy, seconds)
        self._started = 0.0
        self._last: httpx.Request | None = None
        self._as_is: BaseException | None = None

    def next(self) -> APIRequest:
        """What middleware sees of the next attempt: the call as made, its retries so far (with
        no middleware, what the attempt is given)."""
        return APIRequest(
            options=self._made,
            cast_to=self._parse,
            stream=self._unread,
            retries_taken=self._attempts.taken,
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
                self._attempts.taken + 1,
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
                self._attempts.taken,
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
        delay = self._attempts.after_status(response.status_code, response.headers)
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
                return self._attempts.after_failure(True)
            if isinstance(error, APIStatusError):
                return self._attempts.after_status(error.status_code, error.response.headers)
            if isinstance(error, APIConnectionError):
                cause = error.__cause__
                return self._attempts.after_failure(cause is None or _transient(cause))
            error = error.__cause__
        return None

    def _retrying(self, delay: float, why: str) -> float:
        last = self._last
        method, url = (
            (last.method, last.url)
            if last is not None
            else (self._options.method.upper(), self._options.path)
        )
        log.info("Retrying %s %s in %.2fs after %s", method, url, delay, why)
        return delay

    def __repr__(self) -> str:
        # No credentials in a traceback's locals: the method and path only.
        return f"Call({self._options.method.upper()} {self._options.path})"
