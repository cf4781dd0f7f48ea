"""The public clients: configuration from arguments or the environment, plus every namespace."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from . import _error_details  # noqa: F401  (installs the `error.details` parser)
from ._core._base_client import AsyncAPIClient, SyncAPIClient
from ._core._middleware import MiddlewareInput
from ._core._types import NOT_GIVEN, NotGiven, Omit
from .lib._tracing import OpenTelemetryClientOption, TracesCalls
from .lib.credentials._client_auth import (
    AsyncTokenAuthenticated,
    TokenAuthenticated,
    adopt_credentials,
)
from .resources._root import AsyncRootResources, SyncRootResources

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Self

    from ._beta import AsyncBeta, Beta
    from ._core._retry import RetryPolicy
    from .lib.credentials import (  # noqa: F401  (named in the string bases below)
        AccessTokenProvider,
        AsyncAccessTokenProvider,
    )

__all__ = ["Anthropic", "AsyncAnthropic", "AsyncClient", "Client"]

_HttpT = TypeVar("_HttpT", bound="httpx.Client | httpx.AsyncClient")
_CredT = TypeVar("_CredT")  # the credential providers a client can use


# The arguments the environment fills when the caller left them out.
_FROM_ENV = {
    "api_key": "ANTHROPIC_API_KEY",
    "auth_token": "ANTHROPIC_AUTH_TOKEN",
    "base_url": "ANTHROPIC_BASE_URL",
}


def _core_arguments(values: dict[str, Any]) -> dict[str, Any]:
    """The core client's arguments from a constructor's `locals()`: arguments win, the
    environment fills `api_key`, `auth_token` and `base_url` where the caller gave None."""
    own = ("self", "webhook_key", "open_telemetry", "_strict_response_validation", "__class__")
    arguments = {k: v for k, v in values.items() if k not in own}
    # Credentials (arguments, environment, profiles, federation) in the official order.
    return adopt_credentials(values["self"], arguments, _FROM_ENV)


def resolve_webhook_key(given: str | None) -> str | None:
    """`webhook_key` as given, else ANTHROPIC_WEBHOOK_SIGNING_KEY (the platform clients that
    verify webhooks resolve theirs so too)."""
    return given if given is not None else os.environ.get("ANTHROPIC_WEBHOOK_SIGNING_KEY") or None


class _WebhookKeyCopy:
    """Carry `webhook_key` into copies (`copy` / `with_options`), as the official client does."""

    webhook_key: str | None

    def copy(self, *, webhook_key: str | NotGiven | None = NOT_GIVEN, **changes: Any) -> Self:
        new: Self = super().copy(**changes)  # type: ignore[misc]
        new.webhook_key = self.webhook_key if isinstance(webhook_key, NotGiven) else webhook_key
        return new

    with_options = copy


class _FirstParty(_WebhookKeyCopy, TracesCalls, Generic[_HttpT, _CredT]):
    """The public clients' constructor: the arguments, else the environment."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        auth_token: str | None = None,
        credentials: _CredT | None = None,
        config: Mapping[str, Any] | None = None,
        profile: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str | Omit] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: _HttpT | None = None,
        retry_policy: RetryPolicy | None = None,
        webhook_key: str | None = None,
        open_telemetry: OpenTelemetryClientOption = None,
        middleware: Sequence[MiddlewareInput] | None = None,
        _strict_response_validation: bool = False,
    ) -> None:
        self.webhook_key = resolve_webhook_key(webhook_key)
        self._set_open_telemetry(open_telemetry)
        super().__init__(**_core_arguments(locals()))


class Anthropic(
    _FirstParty["httpx.Client", "AccessTokenProvider"],
    TokenAuthenticated,
    SyncAPIClient,
    SyncRootResources,
):
    """A synchronous client of the Claude API.

    Credentials come from `api_key` (sent as `x-api-key`) or `auth_token` (sent as
    `Authorization: Bearer`), `credentials` (an access token provider), `config` (a profile's
    settings as a dict) or `profile` (a profile on disk), at most one of them; else from
    ANTHROPIC_API_KEY / ANTHROPIC_AUTH_TOKEN, a profile or workload identity federation (see
    `claude_api_client.lib.credentials._client_auth`); the base URL from
    `base_url`, else ANTHROPIC_BASE_URL, else https://api.anthropic.com. `webhook_key` (else
    ANTHROPIC_WEBHOOK_SIGNING_KEY) is the secret `client.beta.webhooks.unwrap` verifies with.
    `open_telemetry` turns on OpenTelemetry spans of every call (`{"tracer_provider": ...,
    "traces": {"content_mode": "content"}, "conversation_id": ...}`, `False` for off; the `otel`
    extra), else the ANTHROPIC_OPEN_TELEMETRY* variables or a registered global tracer provider
    do; each request then carries its call's trace context unless `"propagation": False`
    (`OpenTelemetryOptions`; read back, every field set, from `client.open_telemetry`).
    `middleware` wraps every attempt of every call (README, "Middleware"): sync functions of
    `(request, call_next)` or `Middleware` objects with `handle`. `_strict_response_validation`
    is accepted, for code written for the official package, and changes nothing: responses are
    always validated into models that keep what they do not describe.
    """

    @cached_property
    def beta(self) -> Beta:
        from ._beta import Beta

        return Beta(self)


class AsyncAnthropic(
    _FirstParty["httpx.AsyncClient", "AccessTokenProvider | AsyncAccessTokenProvider"],
    AsyncTokenAuthenticated,
    AsyncAPIClient,
    AsyncRootResources,
):
    """An asyncio client of the Claude API; configured like :class:`Anthropic` (its middleware
    are `async` functions, or `Middleware` objects with `handle_async`)."""

    @cached_property
    def beta(self) -> AsyncBeta:
        from ._beta import AsyncBeta

        return AsyncBeta(self)


Client = Anthropic
AsyncClient = AsyncAnthropic

for _cls in (Anthropic, AsyncAnthropic):
    _cls.__module__ = "claude_api_client"
