"""`TokenCache`: one provider's token, refreshed before it expires, by one caller at a time.

The policy, on each request:
- a token without expiry is served for good; `expires_at=0` means the provider caches for itself,
  so it is asked every time (concurrently, if requests are);
- more than `advisory_refresh_seconds` left: served;
- inside the advisory window: one caller refreshes while everyone else is served the current
  token; if that refresh fails, the token is still served (and no refresh is tried for
  `ADVISORY_BACKOFF_SECONDS`);
- inside the mandatory window, expired, or none yet: one caller refreshes, the others wait for
  it; a failure is raised.

After a 401 (`invalidate`), the next refresh passes `force_refresh=True`. The provider runs
outside the state lock, so a slow exchange holds up only the callers that need its token.
"""

from __future__ import annotations

import inspect
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx

from ..._core._exceptions import AnthropicError
from ..._core._request import clean_credential
from ._constants import (
    ADVISORY_BACKOFF_SECONDS,
    ADVISORY_REFRESH_SECONDS,
    MANDATORY_REFRESH_SECONDS,
)
from ._token_endpoint import WorkloadIdentityError
from ._types import (
    AccessToken,
    AccessTokenProvider,
    AsyncAccessTokenProvider,
    is_async_token_provider,
)

__all__ = ["TokenCache"]

log = logging.getLogger("claude_api_client.credentials")

_SERVE, _ADVISORY, _REFRESH = 0, 1, 2


def _accepts_force_refresh(provider: Callable[..., object]) -> bool:
    try:
        parameters = inspect.signature(provider).parameters.values()
    except (TypeError, ValueError):
        return True
    return any(p.name == "force_refresh" or p.kind is p.VAR_KEYWORD for p in parameters)


def _checked(value: object) -> AccessToken:
    if inspect.iscoroutine(value):
        value.close()
        raise AnthropicError(
            "the credentials provider returned a coroutine instead of an AccessToken: an async "
            "provider needs AsyncAnthropic (and the `async def` function itself)"
        )
    if not isinstance(value, AccessToken):
        raise AnthropicError(
            f"the credentials provider returned {type(value).__name__} instead of an AccessToken"
        )
    # Refused here, never shown: a token that cannot be a header value would fail at send time
    # with an error quoting it.
    if not isinstance(value.token, str) or not value.token:
        raise AnthropicError("the credentials provider returned an AccessToken without a token")
    clean_credential("the credentials provider's access token", value.token)
    return value


class TokenCache:
    """Caches the token of `provider` (sync or `async def`) for `get_token()` /
    `async_get_token()`; safe across threads, and across tasks of one event loop."""

    def __init__(
        self,
        provider: AccessTokenProvider | AsyncAccessTokenProvider,
        *,
        advisory_refresh_seconds: int = ADVISORY_REFRESH_SECONDS,
        mandatory_refresh_seconds: int = MANDATORY_REFRESH_SECONDS,
        time_source: Callable[[], float] = time.time,
    ) -> None:
        self._provider = provider
        self._is_async = is_async_token_provider(provider)
        self._force_keyword = _accepts_force_refresh(provider)
        self._advisory = advisory_refresh_seconds
        self._mandatory = mandatory_refresh_seconds
        self._now = time_source
        self._state = threading.Lock()  # guards the fields below; never held across a call
        self._refreshing = threading.Lock()  # held by the one caller refreshing (sync)
        self._async_refreshing: Any = None  # its anyio twin, made in the loop that uses it
        self._cached: AccessToken | None = None
        self._generation = 0  # bumped by invalidate(): an older refresh may not fill the cache
        self._force_next = False
        self._forced_token: str | None = None  # minted by the last forced refresh
        self._advisory_failed_at = float("-inf")

    def __repr__(self) -> str:
        return f"TokenCache(provider={type(self._provider).__name__})"

    # --- the decision ------------------------------------------------------------------------

    def _look(self) -> tuple[int, AccessToken | None]:
        with self._state:
            cached = self._cached
            if cached is None:
                return _REFRESH, None
            if cached.expires_at is None:
                return _SERVE, cached
            left = cached.expires_at - self._now()
            if left > self._advisory:
                return _SERVE, cached
            if left > self._mandatory:
                if self._now() - self._advisory_failed_at < ADVISORY_BACKOFF_SECONDS:
                    return _SERVE, cached
                return _ADVISORY, cached
            return _REFRESH, cached

    def _begin(self) -> tuple[int, bool]:
        with self._state:
            return self._generation, self._force_next

    def _finish(self, fresh: AccessToken, generation: int, forced: bool) -> str:
        with self._state:
            if generation == self._generation:
                self._cached = fresh
                if forced:
                    self._force_next = False
                    self._forced_token = fresh.token
        return fresh.token

    def _advisory_failed(self, error: BaseException, stale: AccessToken) -> str:
        if not isinstance(error, (AnthropicError, httpx.HTTPError)):
            raise error
        log.warning("Token refresh failed; serving the current token until it expires: %s", error)
        with self._state:
            self._advisory_failed_at = self._now()
        return stale.token

    def _arguments(self, force: bool) -> dict[str, bool]:
        return {"force_refresh": force} if self._force_keyword else {}

    # --- sync ----------------------------------------------------------------------------

    def _call(self, force: bool) -> AccessToken:
        provider: Any = self._provider
        try:
            return _checked(provider(**self._arguments(force)))
        except WorkloadIdentityError as error:
            if error.status_code != 401:
                raise
            return _checked(provider(**self._arguments(True)))

    def get_token(self) -> str:
        """A valid token, refreshing it first when the policy says so."""
        if self._is_async:
            raise RuntimeError(
                "This TokenCache wraps an async provider: call `await async_get_token()`."
            )
        state, cached = self._look()
        if state == _SERVE and cached is not None:
            return cached.token
        if cached is not None and cached.expires_at == 0:
            return _checked(self._call(False)).token
        if state == _ADVISORY and cached is not None:
            if not self._refreshing.acquire(blocking=False):
                return cached.token  # someone is refreshing already
            try:
                generation, force = self._begin()
                try:
                    return self._finish(self._call(force), generation, force)
                except BaseException as error:
                    return self._advisory_failed(error, cached)
            finally:
                self._refreshing.release()
        with self._refreshing:
            state, cached = self._look()  # the caller before us may have refreshed
            if state != _REFRESH and cached is not None:
                return cached.token
            generation, force = self._begin()
            return self._finish(self._call(force), generation, force)

    # --- async ---------------------------------------------------------------------------

    async def _acall(self, force: bool) -> AccessToken:
        provider: Any = self._provider
        try:
            return _checked(await provider(**self._arguments(force)))
        except WorkloadIdentityError as error:
            if error.status_code != 401:
                raise
            return _checked(await provider(**self._arguments(True)))

    async def async_get_token(self) -> str:
        """`get_token` for async code: an async provider is awaited; a sync one runs in a worker
        thread (only when a refresh is due)."""
        state, cached = self._look()
        if state == _SERVE and cached is not None:
            return cached.token
        import anyio

        if not self._is_async:
            return await anyio.to_thread.run_sync(self.get_token)
        if cached is not None and cached.expires_at == 0:
            return (await self._acall(False)).token
        if self._async_refreshing is None:
            self._async_refreshing = anyio.Lock()
        lock = self._async_refreshing
        if state == _ADVISORY and cached is not None:
            try:
                lock.acquire_nowait()
            except anyio.WouldBlock:
                return cached.token
            try:
                generation, force = self._begin()
                try:
                    return self._finish(await self._acall(force), generation, force)
                except BaseException as error:
                    return self._advisory_failed(error, cached)
            finally:
                lock.release()
        async with lock:
            state, cached = self._look()
            if state != _REFRESH and cached is not None:
                return cached.token
            generation, force = self._begin()
            return self._finish(await self._acall(force), generation, force)

    # --- after a 401 ---------------------------------------------------------------------

    def invalidate(self) -> None:
        """Forget the token; the next refresh passes `force_refresh=True`."""
        with self._state:
            self._cached = None
            self._generation += 1
            self._force_next = True

    def _invalidate_rejected(self, token: str) -> bool:
        """`invalidate()` if `token` (rejected by the API) is still the cached one; whether a
        resend with a new token is worth it (not when a forced refresh minted `token`)."""
        with self._state:
            cached = self._cached
            if cached is None or cached.expires_at == 0 or cached.token == token:
                self._cached = None
                self._generation += 1
                self._force_next = True
            return token != self._forced_token
