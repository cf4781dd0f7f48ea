"""Claude on Microsoft Foundry (Azure): `AnthropicFoundry` and `AsyncAnthropicFoundry`.

The first-party API under `https://{resource}.services.ai.azure.com/anthropic/`, without the
Models and Message Batches APIs (refused before sending, as the platform does not serve them).
Auth: the Foundry key, sent as both `x-api-key` and `api-key`, or an `azure_ad_token_provider`
(sync, or async on the async client) whose token is sent as a bearer token on every attempt; giving
both raises `MutuallyExclusiveAuthError`.

The names of the official module are here too: `BaseFoundryClient` (what both clients derive
from), `MessagesFoundry` / `AsyncMessagesFoundry` (the class of `client.messages`),
`BetaFoundry` / `AsyncBetaFoundry` (of `client.beta`) and `BetaFoundryMessages` /
`AsyncBetaFoundryMessages` (of `client.beta.messages`). Their `batches` stay attributes, whose
calls the client refuses before sending.
"""

from __future__ import annotations

import os
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from .._beta import AsyncBeta, Beta
from .._client import Anthropic, AsyncAnthropic
from .._core._exceptions import AnthropicError
from .._core._request import clean_credential
from ..resources.beta_messages import AsyncBetaMessages, BetaMessages
from ..resources.messages import AsyncMessages, Messages
from . import _platform
from ._platform import ClientArguments, HttpT, PlatformClient, given, refuse
from ._tokens import TokenProvider, acall_provider, call_provider

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from .._core._options import RequestOptions

__all__ = [
    "AnthropicFoundry",
    "AsyncAnthropicFoundry",
    "AsyncAzureADTokenProvider",
    "AsyncBetaFoundry",
    "AsyncBetaFoundryMessages",
    "AsyncMessagesFoundry",
    "AzureADTokenProvider",
    "BaseFoundryClient",
    "BetaFoundry",
    "BetaFoundryMessages",
    "MessagesFoundry",
    "MutuallyExclusiveAuthError",
]

AzureADTokenProvider = TokenProvider
"""A function returning a Microsoft Entra ID token (called for every attempt)."""
AsyncAzureADTokenProvider = TokenProvider
"""The provider `AsyncAnthropicFoundry` takes: it may also be an `async` function."""


class MutuallyExclusiveAuthError(AnthropicError, ValueError):
    """Both `api_key` and `azure_ad_token_provider` were given: a Foundry client takes one.

    An `AnthropicError` (as in the official package) and a `ValueError` (a wrong argument)."""

    def __init__(self) -> None:
        super().__init__(
            "Pass api_key or azure_ad_token_provider, not both: a Foundry client "
            "authenticates with exactly one of them."
        )


class MessagesFoundry(Messages):
    """`client.messages` of `AnthropicFoundry`; its `batches` calls are refused (Foundry
    serves no Message Batches API)."""


class AsyncMessagesFoundry(AsyncMessages):
    """`client.messages` of `AsyncAnthropicFoundry` (see `MessagesFoundry`)."""


class BetaFoundryMessages(BetaMessages):
    """`client.beta.messages` of `AnthropicFoundry`; its `batches` calls are refused."""


class AsyncBetaFoundryMessages(AsyncBetaMessages):
    """`client.beta.messages` of `AsyncAnthropicFoundry` (see `BetaFoundryMessages`)."""


class BetaFoundry(Beta):
    """`client.beta` of `AnthropicFoundry`: the beta namespaces, `messages` a
    `BetaFoundryMessages`."""

    @cached_property
    def messages(self) -> BetaFoundryMessages:
        """The beta Messages API on Foundry."""
        return BetaFoundryMessages(self._client)


class AsyncBetaFoundry(AsyncBeta):
    """`client.beta` of `AsyncAnthropicFoundry`: `messages` an `AsyncBetaFoundryMessages`."""

    @cached_property
    def messages(self) -> AsyncBetaFoundryMessages:
        """The beta Messages API on Foundry."""
        return AsyncBetaFoundryMessages(self._client)


class BaseFoundryClient(PlatformClient[HttpT]):
    """What `AnthropicFoundry` and `AsyncAnthropicFoundry` share: the constructor (endpoint and
    credentials), the Foundry auth headers and the refusal of the Models and Batches APIs."""

    _platform: ClassVar[str] = "Microsoft Foundry"
    _otel_platform: ClassVar[str | None] = "foundry"
    _verifies_webhooks: ClassVar[bool] = True

    def __init__(
        self,
        *,
        resource: str | None = None,
        api_key: str | None = None,
        azure_ad_token_provider: AzureADTokenProvider | None = None,
        webhook_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        **core: Unpack[ClientArguments[HttpT]],
    ) -> None:
        settings = given(locals())
        if api_key is not None and azure_ad_token_provider is not None:
            raise MutuallyExclusiveAuthError()
        key = clean_credential("api_key", api_key)
        if key is None and azure_ad_token_provider is None:
            key = clean_credential("api_key", os.environ.get("ANTHROPIC_FOUNDRY_API_KEY"))
            if key is None:
                raise AnthropicError(
                    "No credentials: pass api_key=... (or set ANTHROPIC_FOUNDRY_API_KEY) or "
                    "azure_ad_token_provider=..."
                )
        if base_url is not None and resource is not None:
            raise ValueError("Pass base_url or resource, not both.")
        url = base_url
        if url is None:
            name = resource or os.environ.get("ANTHROPIC_FOUNDRY_RESOURCE")
            url = os.environ.get("ANTHROPIC_FOUNDRY_BASE_URL") if name is None else None
            if url is None:
                if not name:
                    raise ValueError(
                        "No endpoint: pass resource=... or base_url=... (or set "
                        "ANTHROPIC_FOUNDRY_RESOURCE / ANTHROPIC_FOUNDRY_BASE_URL)."
                    )
                if not all(c.isalnum() or c == "-" for c in name):
                    raise ValueError(f"argument 'resource' is not a resource name: {name!r}")
                url = f"https://{name}.services.ai.azure.com/anthropic/"
        self._signer = _AzureBearer(azure_ad_token_provider)
        self._init_core(settings, url, core)
        self.api_key = key

    def _auth_headers(self) -> dict[str, str]:
        if self.api_key is not None:
            return {"x-api-key": self.api_key, "api-key": self.api_key}
        return super()._auth_headers()

    def _prepare_options(self, options: RequestOptions) -> RequestOptions:
        path = options.path.partition("?")[0]
        if path == "/v1/models" or path.startswith("/v1/models/"):
            refuse(self._platform, options, "The Models API")
        if path.startswith("/v1/messages/batches"):
            refuse(self._platform, options, "The Message Batches API")
        return options


class _AzureBearer:
    """The token of `azure_ad_token_provider` (if given) as a bearer token on every attempt."""

    def __init__(self, provider: AzureADTokenProvider | None) -> None:
        self.provider = provider

    def apply(self, request: httpx.Request) -> None:
        if self.provider is not None:
            token = call_provider(self.provider, "azure_ad_token_provider")
            request.headers["authorization"] = f"Bearer {token}"

    async def aapply(self, request: httpx.Request) -> None:
        if self.provider is not None:
            token = await acall_provider(self.provider, "azure_ad_token_provider", in_thread=False)
            request.headers["authorization"] = f"Bearer {token}"


class AnthropicFoundry(BaseFoundryClient["httpx.Client"], _platform.SignsEachAttempt, Anthropic):
    """A client of Claude on Microsoft Foundry (see the module docstring).

    Key: `api_key`, else ANTHROPIC_FOUNDRY_API_KEY (unless `azure_ad_token_provider` is given).
    Endpoint: `base_url`, or `resource` (else ANTHROPIC_FOUNDRY_RESOURCE), else
    ANTHROPIC_FOUNDRY_BASE_URL. `webhook_key` (else ANTHROPIC_WEBHOOK_SIGNING_KEY) is the
    secret `client.beta.webhooks.unwrap` verifies with, as on `Anthropic`.
    """

    @cached_property
    def messages(self) -> MessagesFoundry:
        """The Messages API on Foundry (its batches are refused)."""
        return MessagesFoundry(self)

    @cached_property
    def beta(self) -> BetaFoundry:
        """The beta namespaces on Foundry."""
        return BetaFoundry(self)


class AsyncAnthropicFoundry(
    BaseFoundryClient["httpx.AsyncClient"], _platform.AsyncSignsEachAttempt, AsyncAnthropic
):
    """The asyncio/trio form of :class:`AnthropicFoundry`; the token provider may be async."""

    @cached_property
    def messages(self) -> AsyncMessagesFoundry:
        """The Messages API on Foundry (its batches are refused)."""
        return AsyncMessagesFoundry(self)

    @cached_property
    def beta(self) -> AsyncBetaFoundry:
        """The beta namespaces on Foundry."""
        return AsyncBetaFoundry(self)
