"""Putting a cached token on a request: `Authorization: Bearer` plus the OAuth beta flag."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator

import httpx

from ._cache import TokenCache
from ._constants import OAUTH_BETA

__all__ = ["AccessTokenAuth", "apply_bearer", "has_static_credential"]


def has_static_credential(request: httpx.Request) -> bool:
    """Whether the request already carries a key or an Authorization header (left alone)."""
    return bool(request.headers.get("x-api-key") or request.headers.get("authorization"))


def apply_bearer(request: httpx.Request, token: str) -> None:
    """Authorise `request` with `token`, adding the OAuth beta flag unless it is listed."""
    request.headers["authorization"] = f"Bearer {token}"
    flags = [f.strip() for f in request.headers.get("anthropic-beta", "").split(",") if f.strip()]
    if OAUTH_BETA not in flags:
        request.headers["anthropic-beta"] = ",".join([*flags, OAUTH_BETA])


class AccessTokenAuth(httpx.Auth):
    """An `httpx.Auth` sending the token of `token_cache` on every request (for an httpx client
    of your own). A request that already has `x-api-key` or `Authorization` is left alone; a 401
    drops the token it carried, so the next request gets a new one."""

    requires_response_body = False

    def __init__(self, token_cache: TokenCache) -> None:
        self._token_cache = token_cache

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        if has_static_credential(request):
            yield request
            return
        token = self._token_cache.get_token()
        apply_bearer(request, token)
        response = yield request
        if response.status_code == 401:
            self._token_cache._invalidate_rejected(token)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if has_static_credential(request):
            yield request
            return
        token = await self._token_cache.async_get_token()
        apply_bearer(request, token)
        response = yield request
        if response.status_code == 401:
            self._token_cache._invalidate_rejected(token)
