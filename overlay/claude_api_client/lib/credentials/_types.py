"""What a credential provider is: the token it returns and the protocols it follows."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from typing_extensions import TypeIs

__all__ = [
    "AccessToken",
    "AccessTokenProvider",
    "AsyncAccessTokenProvider",
    "BaseURLBoundProvider",
    "CredentialResult",
    "IdentityTokenProvider",
    "is_async_token_provider",
]


@dataclass(frozen=True)
class AccessToken:
    """A bearer token and when it expires (unix seconds).

    `expires_at=None`: no expiry known, the token is kept for good. `expires_at=0`: the provider
    caches for itself, so it is asked again before every request. Any other time in the past
    means expired. The repr shows at most the last four characters of the token.
    """

    token: str
    expires_at: int | None = None

    def __repr__(self) -> str:
        text = str(self.token)
        shown = f"...{text[-4:]}" if len(text) >= 12 else "**********"
        return f"AccessToken(token='{shown}', expires_at={self.expires_at!r})"


class AccessTokenProvider(Protocol):
    """A callable returning an `AccessToken`; calling it again is how a token is refreshed.

    `force_refresh=True` (after the API rejected the last token) tells a provider with a cache
    of its own not to serve that token again.
    """

    def __call__(self, *, force_refresh: bool = False) -> AccessToken: ...


class AsyncAccessTokenProvider(Protocol):
    """An `async def` provider (or an object whose `__call__` is one); only `AsyncAnthropic`
    can use it."""

    async def __call__(self, *, force_refresh: bool = False) -> AccessToken: ...


@runtime_checkable
class BaseURLBoundProvider(AccessTokenProvider, Protocol):
    """A provider that exchanges tokens with the deployment of the client that uses it: the
    client calls `for_base_url(its base URL)` when it is built and uses what that returns."""

    def for_base_url(self, base_url: str) -> AccessTokenProvider:
        """This provider bound to `base_url`, or a copy bound to it when another client has
        bound this one to a different deployment."""
        ...


IdentityTokenProvider = Callable[[], str]
"""A callable returning the external identity token (a JWT) to exchange."""


def _no_headers() -> dict[str, str]:
    return {}


@dataclass(frozen=True)
class CredentialResult:
    """What `default_credentials` found: the provider, headers for every request (a profile's
    `anthropic-workspace-id`) and the profile's base URL, used when the caller chose none."""

    provider: AccessTokenProvider
    extra_headers: dict[str, str] = field(default_factory=_no_headers)
    base_url: str | None = None


def unwrap_partial(value: object) -> object:
    while isinstance(value, functools.partial):
        value = value.func
    return value


def is_async_token_provider(provider: object) -> TypeIs[AsyncAccessTokenProvider]:
    """Whether `provider` (or what a `functools.partial` wraps) is an `async def` callable."""
    target = unwrap_partial(provider)
    call = getattr(target, "__call__", None)  # noqa: B004
    return inspect.iscoroutinefunction(target) or inspect.iscoroutinefunction(call)
