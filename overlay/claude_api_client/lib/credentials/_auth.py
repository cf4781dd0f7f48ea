"""`AccessTokenAuth`: a `TokenCache` as the `auth=` of an httpx client of your own."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator

import httpx

from ._bearer import apply_bearer, has_static_credential
from ._cache import TokenCache

__all__ = ["AccessTokenAuth"]


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
