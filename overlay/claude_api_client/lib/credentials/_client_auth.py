"""How `Anthropic` / `AsyncAnthropic` use the credentials system: the constructor's resolution
(`adopt_credentials`), and the per-attempt `_authenticate` hook with a token from the cache.

Resolution, first match wins (the official order):
1. one explicit argument among `api_key`, `auth_token`, `credentials`, `config`, `profile`
   (more than one is a ValueError); the environment is then not read for credentials;
2. ANTHROPIC_API_KEY, then ANTHROPIC_AUTH_TOKEN;
3. ANTHROPIC_PROFILE, 4. the federation variables, 5. the active profile on disk
   (`default_credentials`).
A profile's `base_url` is used when neither `base_url=` nor ANTHROPIC_BASE_URL is given; its
headers (`anthropic-workspace-id`) go under `default_headers`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ..._core._base_client import SyncAPIClient
from ..._core._types import NOT_GIVEN, NotGiven
from ._bearer import apply_bearer, has_static_credential
from ._secret import Secret

if TYPE_CHECKING:
    from typing_extensions import Self

    from ._cache import TokenCache
    from ._types import AccessTokenProvider, AsyncAccessTokenProvider

__all__ = ["AsyncTokenAuthenticated", "TokenAuthenticated", "adopt_credentials"]

log = logging.getLogger("claude_api_client")

_EXPLICIT = ("api_key", "auth_token", "credentials", "config", "profile")
# The request extension naming the cached token an attempt carried (a Secret).
_TOKEN = "claude_api_client.access_token"
_warned: set[str] = set()


def _warn_once(key: str, message: str) -> None:
    if key not in _warned:
        _warned.add(key)
        log.warning(message)


def _static_from_env(from_env: Mapping[str, str]) -> tuple[str | None, str | None]:
    from ._locations import has_auto_discoverable_credentials

    api_key = os.environ.get(from_env["api_key"]) or None
    auth_token = os.environ.get(from_env["auth_token"]) or None
    if api_key and auth_token:
        _warn_once(
            "both",
            "ANTHROPIC_API_KEY and ANTHROPIC_AUTH_TOKEN are both set; using ANTHROPIC_API_KEY.",
        )
    if (api_key or auth_token) and has_auto_discoverable_credentials():
        name = "ANTHROPIC_API_KEY" if api_key else "ANTHROPIC_AUTH_TOKEN"
        _warn_once(
            name,
            f"{name} is set and takes precedence over the profile / federation configuration "
            f"found; unset {name} to use that configuration.",
        )
    return (api_key, None) if api_key else (None, auth_token)


def adopt_credentials(
    client: Any, arguments: dict[str, Any], from_env: Mapping[str, str]
) -> dict[str, Any]:
    """The core constructor's arguments from a client constructor's `arguments` (credentials
    resolved, `from_env` naming the variables of api_key, auth_token and base_url); sets the
    client's `credentials` and `_token_cache`."""
    credentials = arguments.pop("credentials", None)
    config = arguments.pop("config", None)
    profile = arguments.pop("profile", None)
    given = {"credentials": credentials, "config": config, "profile": profile}
    passed = [f"`{name}=`" for name in _EXPLICIT if {**arguments, **given}.get(name) is not None]
    # One credential at most, whichever kind (as the official): `api_key=` with `auth_token=`
    # is refused too, rather than one of them silently ignored.
    if len(passed) > 1:
        raise ValueError(
            "Pass at most one of `api_key=`, `auth_token=`, `credentials=`, `config=`, or "
            f"`profile=`. Received {', '.join(passed)}."
        )
    if not passed:
        arguments["api_key"], arguments["auth_token"] = _static_from_env(from_env)
    base_url = arguments["base_url"] or os.environ.get(from_env["base_url"]) or None
    arguments["base_url"] = base_url
    client._credentials_provider = None
    client._token_cache = None
    client._owns_credentials = credentials is None
    if arguments["api_key"] is None and arguments["auth_token"] is None:
        found = _resolve(credentials, config, profile, str(base_url or "https://api.anthropic.com"))
        if found is not None:
            provider, headers, profile_base_url = found
            if base_url is None and profile_base_url:
                arguments["base_url"] = base_url = profile_base_url
            if headers:
                arguments["default_headers"] = {**headers, **(arguments["default_headers"] or {})}
            _attach(client, provider, str(base_url or "https://api.anthropic.com"))
    return arguments


def _resolve(
    credentials: Any, config: Mapping[str, Any] | None, profile: str | None, base_url: str
) -> tuple[Any, dict[str, str], str | None] | None:
    if config is not None:
        from ._profile import InMemoryConfig

        in_memory = InMemoryConfig(dict(config))
        return in_memory, in_memory.extra_headers(), in_memory.resolved_base_url
    if profile is not None:
        from ._profile import CredentialsFile

        on_disk = CredentialsFile(profile=profile)
        return on_disk, on_disk.extra_headers(), on_disk.resolved_base_url
    if credentials is not None:
        if not callable(credentials):
            raise TypeError(
                "credentials must be an access token provider (a callable returning an "
                f"AccessToken), not {type(credentials).__name__}"
            )
        return credentials, {}, None
    from ._chain import default_credentials

    result = default_credentials(base_url=base_url)
    if result is None:
        return None
    return result.provider, result.extra_headers, result.base_url


def _attach(client: Any, provider: Any, base_url: str) -> None:
    from ._cache import TokenCache
    from ._types import BaseURLBoundProvider, is_async_token_provider

    if isinstance(client, SyncAPIClient) and is_async_token_provider(provider):
        raise TypeError(
            "`Anthropic` cannot await an async `credentials` provider; use `AsyncAnthropic`."
        )
    if isinstance(provider, BaseURLBoundProvider):
        provider = provider.for_base_url(base_url)
    client._credentials_provider = provider
    client._token_cache = TokenCache(provider)


def _rejected(cache: TokenCache | None, request: httpx.Request, response: httpx.Response) -> None:
    """After a 401 to a cached token: drop it, and have the send loop retry once with a new one
    (unless the rejected token was itself minted after a 401)."""
    used = request.extensions.get(_TOKEN)
    if response.status_code != 401 or cache is None or not isinstance(used, Secret):
        return
    if cache._invalidate_rejected(used.get_secret_value()):
        response.headers["x-should-retry"] = "true"


def _copy_arguments(
    client: Any, credentials: Any, changes: dict[str, Any]
) -> tuple[dict[str, Any], bool]:
    """`copy()` arguments carrying the credential: a new one replaces the old entirely; none
    given keeps this client's provider (and its cache, on the same deployment)."""
    config, profile = changes.pop("config", None), changes.pop("profile", None)
    extra = dict(changes.pop("_extra_kwargs", None) or {})
    new = {"credentials": None if isinstance(credentials, NotGiven) else credentials}
    new.update(config=config, profile=profile)
    replaced = any(v is not None for v in new.values()) or any(
        changes.get(name) is not None for name in ("api_key", "auth_token")
    )
    if replaced:
        changes.setdefault("api_key", None)
        changes.setdefault("auth_token", None)
        extra.update(new)
    elif (
        client._token_cache is not None and "api_key" not in changes and "auth_token" not in changes
    ):
        extra["credentials"] = client._credentials_provider
    changes["_extra_kwargs"] = extra
    keeps_cache = not replaced and client._token_cache is not None
    keeps_cache = keeps_cache and changes.get("base_url") in (None, NOT_GIVEN)
    return changes, keeps_cache


class _SharesTokenCache:
    """Copies (`copy` / `with_options`) share the token cache unless the credential or the
    base URL changes; the copy then does not own (close) the provider."""

    _token_cache: TokenCache | None = None
    _owns_credentials = False

    def copy(self, *, credentials: Any = NOT_GIVEN, **changes: Any) -> Self:
        changes, keeps_cache = _copy_arguments(self, credentials, changes)
        new: Self = super().copy(**changes)  # type: ignore[misc]
        if keeps_cache:
            new._token_cache = self._token_cache
            new._owns_credentials = False
        return new

    with_options = copy


class TokenAuthenticated(_SharesTokenCache):
    """`Anthropic`'s credential provider support: each attempt gets the cached token."""

    _credentials_provider: AccessTokenProvider | None = None
    _token_cache: TokenCache | None = None
    _owns_credentials = False

    @property
    def credentials(self) -> AccessTokenProvider | None:
        """The access token provider this client authenticates with (None: a key or token)."""
        return self._credentials_provider

    def _authenticates_itself(self) -> bool:
        if type(self)._authenticate is not TokenAuthenticated._authenticate:
            return True  # a platform client signs every request itself
        return self._token_cache is not None

    def _authenticate(self, request: httpx.Request) -> None:
        cache = self._token_cache
        if cache is None or has_static_credential(request):
            return
        token = cache.get_token()
        apply_bearer(request, token)
        request.extensions[_TOKEN] = Secret(token)

    def _send_following(self, request: httpx.Request) -> httpx.Response:
        response: httpx.Response = super()._send_following(request)  # type: ignore[misc]
        _rejected(self._token_cache, request, response)
        return response

    def close(self) -> None:
        super().close()  # type: ignore[misc]
        provider = self._credentials_provider if self._owns_credentials else None
        closer = getattr(provider, "close", None)
        if callable(closer):
            closer()


class AsyncTokenAuthenticated(_SharesTokenCache):
    """`AsyncAnthropic`'s credential provider support (async providers too)."""

    _credentials_provider: AccessTokenProvider | AsyncAccessTokenProvider | None = None
    _token_cache: TokenCache | None = None
    _owns_credentials = False

    @property
    def credentials(self) -> AccessTokenProvider | AsyncAccessTokenProvider | None:
        """The access token provider this client authenticates with (None: a key or token)."""
        return self._credentials_provider

    def _authenticates_itself(self) -> bool:
        if type(self)._authenticate is not AsyncTokenAuthenticated._authenticate:
            return True
        return self._token_cache is not None

    async def _authenticate(self, request: httpx.Request) -> None:
        cache = self._token_cache
        if cache is None or has_static_credential(request):
            return
        token = await cache.async_get_token()
        apply_bearer(request, token)
        request.extensions[_TOKEN] = Secret(token)

    async def _send_following(self, request: httpx.Request) -> httpx.Response:
        response: httpx.Response = await super()._send_following(request)  # type: ignore[misc]
        _rejected(self._token_cache, request, response)
        return response

    async def close(self) -> None:
        await super().close()  # type: ignore[misc]
        provider = self._credentials_provider if self._owns_credentials else None
        closer = getattr(provider, "aclose", None) or getattr(provider, "close", None)
        if callable(closer):
            result = closer()
            if hasattr(result, "__await__"):
                await result
