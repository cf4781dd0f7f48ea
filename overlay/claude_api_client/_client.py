"""The public clients: configuration from arguments or the environment, plus every namespace."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import _error_details  # noqa: F401  (installs the `error.details` parser)
from ._core._base_client import AsyncAPIClient, SyncAPIClient
from ._core._types import NOT_GIVEN, NotGiven, Omit
from .resources._root import AsyncRootResources, SyncRootResources

if TYPE_CHECKING:
    import httpx

    from ._core._retry import RetryPolicy

__all__ = ["Anthropic", "AsyncAnthropic", "AsyncClient", "Client"]


def _from_env(
    api_key: str | None, auth_token: str | None, base_url: str | httpx.URL | None
) -> dict[str, Any]:
    """Arguments win; the environment fills what the caller left out."""
    given = {"api_key": api_key, "auth_token": auth_token, "base_url": base_url}
    env = {
        "api_key": "ANTHROPIC_API_KEY",
        "auth_token": "ANTHROPIC_AUTH_TOKEN",
        "base_url": "ANTHROPIC_BASE_URL",
    }
    return {k: v if v is not None else os.environ.get(env[k]) or None for k, v in given.items()}


class Anthropic(SyncAPIClient, SyncRootResources):
    """A synchronous client of the Claude API.

    Credentials come from `api_key` (sent as `x-api-key`) or `auth_token` (sent as
    `Authorization: Bearer`), else from ANTHROPIC_API_KEY / ANTHROPIC_AUTH_TOKEN; the base URL from
    `base_url`, else ANTHROPIC_BASE_URL, else https://api.anthropic.com.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        auth_token: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str | Omit] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        super().__init__(
            **_from_env(api_key, auth_token, base_url),
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            retry_policy=retry_policy,
        )


class AsyncAnthropic(AsyncAPIClient, AsyncRootResources):
    """An asyncio client of the Claude API; configured like :class:`Anthropic`."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        auth_token: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str | Omit] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        super().__init__(
            **_from_env(api_key, auth_token, base_url),
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            retry_policy=retry_policy,
        )


Client = Anthropic
AsyncClient = AsyncAnthropic

for _cls in (Anthropic, AsyncAnthropic):
    _cls.__module__ = "claude_api_client"
