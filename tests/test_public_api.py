"""The public surface: exact names, lazy loading, and cheap import."""

from __future__ import annotations

import subprocess
import sys

import claude_api_client

EXPECTED = {
    "__version__",
    "Anthropic",
    "AsyncAnthropic",
    "Client",
    "AsyncClient",
    "types",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "BaseModel",
    "SyncPage",
    "AsyncPage",
    "RateLimitInfo",
    "APIResponse",
    "AsyncAPIResponse",
    "Stream",
    "AsyncStream",
    "NOT_GIVEN",
    "NotGiven",
    "Omit",
    "omit",
    "not_given",
    "AnthropicError",
    "APIError",
    "APIStatusError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "BadRequestError",
    "AuthenticationError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "NotFoundError",
    "RequestTimeoutError",
    "ConflictError",
    "RequestTooLargeError",
    "ContentTooLargeError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "ServiceUnavailableError",
    "GatewayTimeoutError",
    "DeadlineExceededError",
    "OverloadedError",
    "RequestBodyTooLargeError",
    "MissingCredentialsError",
    # the official package's other top-level names (tests/test_official_names.py)
    "__title__",
    "NoneType",
    "Timeout",
    "file_from_path",
    "DEFAULT_CONNECTION_LIMITS",
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "DefaultAioHttpClient",
    "MessageStream",
    "AsyncMessageStream",
    "MessageStreamManager",
    "AsyncMessageStreamManager",
    "BetaMessageStream",
    "BetaAsyncMessageStream",
    "BetaMessageStreamManager",
    "BetaAsyncMessageStreamManager",
    "TextEvent",
    "InputJsonEvent",
    "MessageStopEvent",
    "MessageStreamEvent",
    "ContentBlockStopEvent",
    "BetaTextEvent",
    "BetaInputJsonEvent",
    "BetaMessageStopEvent",
    "BetaMessageStreamEvent",
    "BetaContentBlockStopEvent",
    # helpers (lib/), as the official package exports them at the top level
    "beta_tool",
    "beta_async_tool",
    "transform_schema",
}
# Added with the 2.16 API: the status classes and error-code classes the official package exports
# (tests/core/test_error_details.py checks every exception name of `anthropic.__all__` is here).
EXPECTED |= {
    "APIWebhookValidationError",
    "ClientClosedRequestError",
    "CredentialsError",
    "HTTPNotImplementedError",
    "IdentityTokenFileError",
    "PreconditionFailedError",
    "RequestHeaderFieldsTooLargeError",
    "RetryableError",
    *claude_api_client._ERROR_CODE_EXCEPTIONS,
    "HUMAN_PROMPT",
    "AI_PROMPT",
    "RequestOptions",  # the options= TypedDict of client.get/post
    # platform clients (tests/platforms)
    "AnthropicBedrock",
    "AsyncAnthropicBedrock",
    "AnthropicBedrockMantle",
    "AsyncAnthropicBedrockMantle",
    "AnthropicVertex",
    "AsyncAnthropicVertex",
    "AnthropicFoundry",
    "AsyncAnthropicFoundry",
    "AnthropicAWS",
    "AsyncAnthropicAWS",
    "AnthropicGoogleCloud",
    "AsyncAnthropicGoogleCloud",
}
# client-level middleware (tests/core/test_middleware.py)
EXPECTED |= {
    "APIRequest",
    "AsyncCallNext",
    "AsyncMiddlewareCallable",
    "CallNext",
    "Middleware",
    "MiddlewareCallable",
    "MiddlewareInput",
    # refusal fallbacks, a middleware (lib.middleware)
    "BetaFallbackState",
    "BetaRefusalFallbackMiddleware",
}
# the `open_telemetry=` option's types (issue 17; tests/test_telemetry.py)
EXPECTED |= {
    "OpenTelemetryClientOption",
    "OpenTelemetryOptions",
    "OpenTelemetryTraces",
    "ResolvedOpenTelemetryOptions",
    "ResolvedOpenTelemetryTraces",
}
# the events of a parsing stream (issue 16)
EXPECTED |= {
    "ParsedBetaContentBlockStopEvent",
    "ParsedBetaMessageStopEvent",
    "ParsedBetaMessageStreamEvent",
    "ParsedBetaTextEvent",
    "ParsedContentBlockStopEvent",
    "ParsedMessageStopEvent",
    "ParsedMessageStreamEvent",
}


# The credentials system (`lib.credentials`), re-exported at the top level as the official does.
EXPECTED |= {
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
}


def test_all_is_exactly_the_public_names() -> None:
    assert set(claude_api_client.__all__) == EXPECTED
    for name in EXPECTED:
        assert getattr(claude_api_client, name) is not None


def test_status_errors_by_code() -> None:
    c = claude_api_client
    assert c.RequestTooLargeError is c.ContentTooLargeError
    assert c.GatewayTimeoutError is c.DeadlineExceededError
    assert issubclass(c.OverloadedError, c.InternalServerError)
    assert issubclass(c.APITimeoutError, c.APIConnectionError)
    assert issubclass(c.APIStatusError, c.APIError) and issubclass(c.APIError, c.AnthropicError)


def test_clients_report_the_public_module() -> None:
    assert claude_api_client.Anthropic.__module__ == "claude_api_client"
    assert claude_api_client.AsyncAnthropic.__module__ == "claude_api_client"


def test_import_loads_no_httpx_no_pydantic_no_model() -> None:
    code = (
        "import sys, claude_api_client\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('httpx', 'pydantic')"
        " or m.startswith('claude_api_client.types.')]\n"
        "print(','.join(sorted(heavy)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_one_model_loads_only_what_it_refers_to() -> None:
    code = (
        "import sys\n"
        "from claude_api_client.types import TextBlock\n"
        "print(sum(m.startswith('claude_api_client.types._models.') for m in sys.modules))\n"
        "import claude_api_client.types as t\n"
        "print(sum(v.startswith('_models.') for v in t._MODULES.values()))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded, total = map(int, out.stdout.split())
    # A text block refers to citations and little else: a small share of all models.
    assert 1 <= loaded < total / 5


def test_exceptions_report_the_public_module_and_pickle() -> None:
    import pickle

    assert claude_api_client.OverloadedError.__module__ == "claude_api_client"
    error = claude_api_client.MissingCredentialsError("no key")
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is claude_api_client.MissingCredentialsError


def test_beta_type_names_are_the_same_classes() -> None:
    from claude_api_client import types
    from claude_api_client.types import beta

    assert beta.BetaMessage is types.Message
    assert beta.BetaContentBlockParam is types.ContentBlockParam
    assert "BetaRawMessageStreamEvent" in beta.__all__
