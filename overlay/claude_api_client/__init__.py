"""claude_api_client: a fast, typed, forward-compatible Python client for the Claude API.

A drop-in for the official `anthropic` package on the endpoints it covers::

    from claude_api_client import Anthropic

    client = Anthropic()  # reads ANTHROPIC_API_KEY
    message = client.messages.create(
        model="claude-sonnet-4-5", max_tokens=1024,
        messages=[{"role": "user", "content": "Hello, Claude"}],
    )

Importing this package is cheap: the client, httpx, pydantic and the models load on first use.
"""

from __future__ import annotations

from pkgutil import extend_path
from typing import TYPE_CHECKING, Any

# The package is built from two folders (overlay/ and generated/); in a wheel they are merged,
# in an editable install both are on sys.path and this joins them.
__path__ = extend_path(__path__, __name__)

from ._error_table import ERROR_ALIASES as _ERROR_ALIASES
from ._error_table import ERROR_CODES as _ERROR_CODES
from ._error_table import ERROR_STATUSES as _ERROR_STATUSES
from ._version import __version__

__title__ = "claude_api_client"

if TYPE_CHECKING:
    from types import NoneType as NoneType

    from httpx import Timeout as Timeout

    from . import types as types
    from ._client import Anthropic as Anthropic
    from ._client import AsyncAnthropic as AsyncAnthropic
    from ._client import AsyncClient as AsyncClient
    from ._client import Client as Client
    from ._core._constants import DEFAULT_MAX_RETRIES as DEFAULT_MAX_RETRIES
    from ._core._constants import DEFAULT_TIMEOUT as DEFAULT_TIMEOUT
    from ._core._custom_requests import CustomRequestOptions
    from ._core._exceptions import AnthropicError as AnthropicError
    from ._core._exceptions import APIConnectionError as APIConnectionError
    from ._core._exceptions import APIError as APIError
    from ._core._exceptions import APIResponseValidationError as APIResponseValidationError
    from ._core._exceptions import APIStatusError as APIStatusError
    from ._core._exceptions import APITimeoutError as APITimeoutError
    from ._core._exceptions import APIWebhookValidationError as APIWebhookValidationError
    from ._core._exceptions import MissingCredentialsError as MissingCredentialsError
    from ._core._exceptions import RequestBodyTooLargeError as RequestBodyTooLargeError
    from ._core._model_base import APIModel
    from ._core._pagination import AsyncPage as AsyncPage
    from ._core._pagination import SyncPage as SyncPage
    from ._core._ratelimit import RateLimitInfo as RateLimitInfo
    from ._core._response import APIResponse as APIResponse
    from ._core._response import AsyncAPIResponse as AsyncAPIResponse
    from ._core._streaming import AsyncStream as AsyncStream
    from ._core._streaming import Stream as Stream
    from ._core._types import NOT_GIVEN as NOT_GIVEN
    from ._core._types import NotGiven as NotGiven
    from ._core._types import Omit as Omit
    from ._core._types import not_given as not_given
    from ._core._types import omit as omit
    from ._core._uploads import file_from_path as file_from_path
    from ._http_clients import DEFAULT_CONNECTION_LIMITS as DEFAULT_CONNECTION_LIMITS
    from ._http_clients import DefaultAioHttpClient as DefaultAioHttpClient
    from ._http_clients import DefaultAsyncHttpxClient as DefaultAsyncHttpxClient
    from ._http_clients import DefaultHttpxClient as DefaultHttpxClient
    from .lib._parse._transform import transform_schema as transform_schema
    from .lib.streaming import AsyncMessageStream as AsyncMessageStream
    from .lib.streaming import AsyncMessageStreamManager as AsyncMessageStreamManager
    from .lib.streaming import BetaAsyncMessageStream as BetaAsyncMessageStream
    from .lib.streaming import BetaAsyncMessageStreamManager as BetaAsyncMessageStreamManager
    from .lib.streaming import BetaContentBlockStopEvent as BetaContentBlockStopEvent
    from .lib.streaming import BetaInputJsonEvent as BetaInputJsonEvent
    from .lib.streaming import BetaMessageStopEvent as BetaMessageStopEvent
    from .lib.streaming import BetaMessageStream as BetaMessageStream
    from .lib.streaming import BetaMessageStreamEvent as BetaMessageStreamEvent
    from .lib.streaming import BetaMessageStreamManager as BetaMessageStreamManager
    from .lib.streaming import BetaTextEvent as BetaTextEvent
    from .lib.streaming import ContentBlockStopEvent as ContentBlockStopEvent
    from .lib.streaming import InputJsonEvent as InputJsonEvent
    from .lib.streaming import MessageStopEvent as MessageStopEvent
    from .lib.streaming import MessageStream as MessageStream
    from .lib.streaming import MessageStreamEvent as MessageStreamEvent
    from .lib.streaming import MessageStreamManager as MessageStreamManager
    from .lib.streaming import ParsedBetaContentBlockStopEvent as ParsedBetaContentBlockStopEvent
    from .lib.streaming import ParsedBetaMessageStopEvent as ParsedBetaMessageStopEvent
    from .lib.streaming import ParsedBetaMessageStreamEvent as ParsedBetaMessageStreamEvent
    from .lib.streaming import ParsedBetaTextEvent as ParsedBetaTextEvent
    from .lib.streaming import ParsedContentBlockStopEvent as ParsedContentBlockStopEvent
    from .lib.streaming import ParsedMessageStopEvent as ParsedMessageStopEvent
    from .lib.streaming import ParsedMessageStreamEvent as ParsedMessageStreamEvent
    from .lib.streaming import TextEvent as TextEvent
    from .lib.tools._functions import beta_async_tool as beta_async_tool
    from .lib.tools._functions import beta_tool as beta_tool

    # Names the official package spells differently: assignments, which type checkers take as
    # exported (an import under another name is not, with mypy's implicit re-export off).
    BaseModel = APIModel
    RequestOptions = CustomRequestOptions

if TYPE_CHECKING:  # the `open_telemetry=` option (README, "Observability")
    from .lib._tracing import OpenTelemetryClientOption as OpenTelemetryClientOption
    from .lib._tracing import OpenTelemetryOptions as OpenTelemetryOptions
    from .lib._tracing import OpenTelemetryTraces as OpenTelemetryTraces
    from .lib._tracing import ResolvedOpenTelemetryOptions as ResolvedOpenTelemetryOptions
    from .lib._tracing import ResolvedOpenTelemetryTraces as ResolvedOpenTelemetryTraces

if TYPE_CHECKING:  # client-level middleware (README, "Middleware")
    from ._core._middleware import APIRequest as APIRequest
    from ._core._middleware import AsyncCallNext as AsyncCallNext
    from ._core._middleware import AsyncMiddlewareCallable as AsyncMiddlewareCallable
    from ._core._middleware import CallNext as CallNext
    from ._core._middleware import Middleware as Middleware
    from ._core._middleware import MiddlewareCallable as MiddlewareCallable
    from ._core._middleware import MiddlewareInput as MiddlewareInput
    from .lib.middleware import BetaFallbackState as BetaFallbackState
    from .lib.middleware import BetaRefusalFallbackMiddleware as BetaRefusalFallbackMiddleware

if TYPE_CHECKING:  # exceptions added with the 2.16 API
    # The status and error-code classes (their __all__). Absolute: pyright reads an editable
    # install's __init__ from overlay/ alone, and finds a generated module beside it only by its
    # absolute name.
    from claude_api_client._error_classes import *  # noqa: F403
    from claude_api_client._status_errors import *  # noqa: F403

    from ._core._exceptions import (
        APIWebhookValidationError as APIWebhookValidationError,
    )
    from ._core._exceptions import (
        CredentialsError as CredentialsError,
    )
    from ._core._exceptions import IdentityTokenFileError as IdentityTokenFileError
    from ._core._exceptions import RetryableError as RetryableError
    from .lib.aws import AnthropicAWS as AnthropicAWS
    from .lib.aws import AsyncAnthropicAWS as AsyncAnthropicAWS
    from .lib.bedrock import AnthropicBedrock as AnthropicBedrock
    from .lib.bedrock import AnthropicBedrockMantle as AnthropicBedrockMantle
    from .lib.bedrock import AsyncAnthropicBedrock as AsyncAnthropicBedrock
    from .lib.bedrock import AsyncAnthropicBedrockMantle as AsyncAnthropicBedrockMantle
    from .lib.credentials import *  # noqa: F403  (its __all__: the credentials system)
    from .lib.foundry import AnthropicFoundry as AnthropicFoundry
    from .lib.foundry import AsyncAnthropicFoundry as AsyncAnthropicFoundry
    from .lib.google_cloud import AnthropicGoogleCloud as AnthropicGoogleCloud
    from .lib.google_cloud import AsyncAnthropicGoogleCloud as AsyncAnthropicGoogleCloud
    from .lib.vertex import AnthropicVertex as AnthropicVertex
    from .lib.vertex import AsyncAnthropicVertex as AsyncAnthropicVertex

# The runtime's own exceptions (the status and error-code classes: from the error table, below).
_EXCEPTIONS = (
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "APIWebhookValidationError",
    "AnthropicError",
    "CredentialsError",
    "IdentityTokenFileError",
    "MissingCredentialsError",
    "RequestBodyTooLargeError",
    "RetryableError",
)

# The class of each HTTP error status (`BadRequestError` …), and the subclasses keyed by
# `error.details.error_code` (`FileExpiredError` is a 404 `NotFoundError`): their names come from
# the generated table, plain data, so that importing the package loads no exception module.
_STATUS_EXCEPTIONS = tuple(sorted((*_ERROR_STATUSES.values(), *_ERROR_ALIASES)))
_ERROR_CODE_EXCEPTIONS = tuple(sorted(_ERROR_CODES.values()))


def _names_in(module: str, *names: str) -> dict[str, tuple[str, str]]:
    """Entries of `_LAZY`: each of `names`, the attribute of that name in `module`."""
    return {name: (module, name) for name in names}


# Public name → (module, attribute). Resolved on first access, then cached in the module.
_LAZY: dict[str, tuple[str, str]] = {
    **_names_in("._client", "Anthropic", "AsyncAnthropic", "Client", "AsyncClient"),
    **_names_in("._core._constants", "DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT"),
    "BaseModel": ("._core._model_base", "APIModel"),
    **_names_in("._core._pagination", "SyncPage", "AsyncPage"),
    **_names_in("._core._ratelimit", "RateLimitInfo"),
    **_names_in("._core._response", "APIResponse", "AsyncAPIResponse"),
    **_names_in("._core._streaming", "Stream", "AsyncStream"),
    **_names_in("._core._types", "NOT_GIVEN", "NotGiven", "Omit", "omit", "not_given"),
    # The `options=` of client.get/post/…, under the official top-level name.
    "RequestOptions": ("._core._custom_requests", "CustomRequestOptions"),
    "types": (".types", ""),
    # the official package's other top-level names (drop-in imports)
    **_names_in("._core._uploads", "file_from_path"),
    **_names_in("httpx", "Timeout"),
    **_names_in("types", "NoneType"),
    **_names_in(
        "._http_clients",
        "DEFAULT_CONNECTION_LIMITS",
        "DefaultAioHttpClient",
        "DefaultAsyncHttpxClient",
        "DefaultHttpxClient",
    ),
    **_names_in(
        ".lib.streaming",
        "AsyncMessageStream",
        "AsyncMessageStreamManager",
        "BetaAsyncMessageStream",
        "BetaAsyncMessageStreamManager",
        "BetaMessageStream",
        "BetaMessageStreamManager",
        "MessageStream",
        "MessageStreamManager",
        "BetaContentBlockStopEvent",
        "BetaInputJsonEvent",
        "BetaMessageStopEvent",
        "BetaMessageStreamEvent",
        "BetaTextEvent",
        "ContentBlockStopEvent",
        "InputJsonEvent",
        "MessageStopEvent",
        "MessageStreamEvent",
        "TextEvent",
        "ParsedBetaContentBlockStopEvent",
        "ParsedBetaMessageStopEvent",
        "ParsedBetaMessageStreamEvent",
        "ParsedBetaTextEvent",
        "ParsedContentBlockStopEvent",
        "ParsedMessageStopEvent",
        "ParsedMessageStreamEvent",
    ),
    **_names_in("._core._exceptions", *_EXCEPTIONS),
    **_names_in("._status_errors", *_STATUS_EXCEPTIONS),
    **_names_in("._error_classes", *_ERROR_CODE_EXCEPTIONS),
    # Helpers (lib/): structured outputs and tools from functions.
    **_names_in(".lib._parse._transform", "transform_schema"),
    **_names_in(".lib.tools._functions", "beta_tool", "beta_async_tool"),
    # Platform clients: each module loads on first use, its cloud SDK only when a client needs it.
    **_names_in(".lib.aws", "AnthropicAWS", "AsyncAnthropicAWS"),
    **_names_in(
        ".lib.bedrock",
        "AnthropicBedrock",
        "AsyncAnthropicBedrock",
        "AnthropicBedrockMantle",
        "AsyncAnthropicBedrockMantle",
    ),
    **_names_in(".lib.foundry", "AnthropicFoundry", "AsyncAnthropicFoundry"),
    **_names_in(".lib.google_cloud", "AnthropicGoogleCloud", "AsyncAnthropicGoogleCloud"),
    **_names_in(".lib.vertex", "AnthropicVertex", "AsyncAnthropicVertex"),
    # The `open_telemetry=` option's types: loads no OpenTelemetry.
    **_names_in(
        ".lib._tracing",
        "OpenTelemetryClientOption",
        "OpenTelemetryOptions",
        "OpenTelemetryTraces",
        "ResolvedOpenTelemetryOptions",
        "ResolvedOpenTelemetryTraces",
    ),
    # Client-level middleware (`middleware=`, `with_middleware`): loads no httpx.
    **_names_in(
        "._core._middleware",
        "APIRequest",
        "AsyncCallNext",
        "AsyncMiddlewareCallable",
        "CallNext",
        "Middleware",
        "MiddlewareCallable",
        "MiddlewareInput",
    ),
    # Refusal fallbacks, a middleware (README, "Refusal fallbacks").
    **_names_in(".lib.middleware", "BetaFallbackState", "BetaRefusalFallbackMiddleware"),
}

# The credentials system (the official re-exports `anthropic.lib.credentials` at the top level).
_CREDENTIALS = (
    "AccessToken",
    "AccessTokenAuth",
    "AccessTokenProvider",
    "AsyncAccessTokenProvider",
    "BaseURLBoundProvider",
    "CredentialResult",
    "CredentialsFile",
    "EnvToken",
    "IdentityTokenFile",
    "IdentityTokenProvider",
    "InMemoryConfig",
    "StaticToken",
    "TokenCache",
    "WorkloadIdentityCredentials",
    "WorkloadIdentityError",
    "default_credentials",
    "exchange_federation_assertion",
)
_LAZY.update(_names_in(".lib.credentials", *_CREDENTIALS))

# Turn markers of the legacy Text Completions prompt format (`client.completions.create`).
HUMAN_PROMPT = "\n\nHuman:"
AI_PROMPT = "\n\nAssistant:"

__all__ = ["AI_PROMPT", "HUMAN_PROMPT", "__title__", "__version__", *sorted(_LAZY)]


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    module = importlib.import_module(target[0], __name__)
    value = getattr(module, target[1]) if target[1] else module
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
