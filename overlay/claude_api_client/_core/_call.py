"""One call across its attempts, without I/O: the decisions both send loops share.

`Call` holds what stays the same across attempts (the encoded request, its URL parsed once, the
timeout, the deadline, the retry bookkeeping) and answers the send loop's questions: the request
of the next attempt, and what an attempt's outcome means — a wait before the next attempt, or
the exception to raise. `SyncAPIClient._send` and `AsyncAPIClient._send` do only the I/O around
it (authenticate, send, read, sleep), so the two loops cannot drift apart.
"""

from __future__ import annotations

import functools
import logging
import time

import httpx

from ._constants import LOGGER_NAME
from ._errors import connection_error, status_error
from ._exceptions import AnthropicError, APIConnectionError, APIStatusError, RetryableError
from ._options import RequestOptions
from ._request import Encoded, budget, build, redact, request_url
from ._retry import Attempts, RetryPolicy

__all__ = ["Call"]

log = logging.getLogger(LOGGER_NAME)

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

    __slots__ = ("_attempts", "_build", "_encoded", "_options", "_started", "ends_at")

    def __init__(
        self,
        http: httpx.Client | httpx.AsyncClient,
        url: str,
        options: RequestOptions,
        encoded: Encoded,
        timeout: httpx.Timeout | None,
        policy: RetryPolicy,
    ) -> None:
        self._options = options
        self._encoded = encoded
        url_parsed, params = request_url(http, url, encoded.params)
        self._build = functools.partial(build, http, url_parsed, params, options, encoded, timeout)
        seconds = budget(timeout)
        self.ends_at = time.monotonic() + seconds
        self._attempts = Attempts(policy, seconds)
        self._started = 0.0

    @property
    def retries_taken(self) -> int:
        return self._attempts.taken

    @property
    def options(self) -> RequestOptions:
        """The call's options as encoded (after the platform hook)."""
        return self._options

    def request(self) -> httpx.Request:
        """The request of the next attempt (the size check runs here, before anything is sent)."""
        request = self._build()
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "Request %s %s (attempt %d) headers=%s",
                request.method,
                request.url,
                self._attempts.taken + 1,
                redact(request.headers),
            )
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

    def after_status(self, request: httpx.Request | None, response: httpx.Response) -> float:
        """The wait before retrying an error status (its body read); raises when not retried.
        (`request` is for the log; None for a response a middleware made.)"""
        delay = self._attempts.after_status(response.status_code, response.headers)
        if delay is None:
            raise status_error(response)
        return self._retrying(request, delay, f"HTTP {response.status_code}")

    def after_error(
        self, error: Exception, request: httpx.Request, response: httpx.Response | None
    ) -> float:
        """The wait before retrying after `error` (raised while sending or reading); raises ours
        (or the caller's own `RetryableError`, or any of our errors, as it was) when not retried.
        """
        failure: Exception | None = None
        if isinstance(error, RetryableError):  # raised by the caller's event hook or transport
            transient = True
        elif isinstance(error, AnthropicError):
            raise error
        else:
            deadline_passed = time.monotonic() >= self.ends_at
            failure = connection_error(error, request, response, deadline_passed=deadline_passed)
            transient = _transient(error)
        delay = self._attempts.after_failure(transient)
        if delay is None:
            if failure is None:
                raise error
            raise failure from error
        return self._retrying(request, delay, repr(error))

    # --- with middleware: one attempt is the chain, whose failures are already typed ----------

    def failure(
        self, error: Exception, request: httpx.Request, response: httpx.Response | None
    ) -> Exception:
        """What `call_next` raises for `error` (raised while sending or reading): our errors and
        the caller's `RetryableError` as they are, anything else as `APIConnectionError` /
        `APITimeoutError` whose `__cause__` is `error`."""
        if isinstance(error, AnthropicError):
            return error
        deadline_passed = time.monotonic() >= self.ends_at
        failure = connection_error(error, request, response, deadline_passed=deadline_passed)
        failure.__cause__ = error
        return failure

    def after_chain_error(self, error: Exception) -> float:
        """The wait before retrying after the middleware chain raised `error`; raises it as it
        is when not retried. Retried, while retries remain: a `RetryableError`, an
        `APIStatusError` of a retryable status, an `APIConnectionError` whose cause is transient
        (or that has none: raised by middleware) — or an exception caused by one of these."""
        delay = self._after_chained(error)
        if delay is None:
            raise error
        return self._retrying(None, delay, repr(error))

    def _after_chained(self, error: BaseException | None) -> float | None:
        seen: set[int] = set()
        while error is not None and id(error) not in seen:
            seen.add(id(error))
            if isinstance(error, RetryableError):
                return self._attempts.after_failure(True)
            if isinstance(error, APIStatusError):
                return self._attempts.after_status(error.status_code, error.response.headers)
            if isinstance(error, APIConnectionError):
                cause = error.__cause__
                return self._attempts.after_failure(cause is None or _transient(cause))
            error = error.__cause__
        return None

    def _retrying(self, request: httpx.Request | None, delay: float, why: str) -> float:
        method, url = (
            (request.method, request.url)
            if request is not None
            else (self._options.method.upper(), self._options.path)
        )
        log.info("Retrying %s %s in %.2fs after %s", method, url, delay, why)
        return delay

    def __repr__(self) -> str:
        # No credentials in a traceback's locals: `Encoded` redacts itself.
        return f"Call({self._options.method.upper()} {self._options.path}, {self._encoded!r})"
