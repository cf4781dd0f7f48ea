"""Claude on Amazon Bedrock: `AnthropicBedrock` and `AsyncAnthropicBedrock`.

The Messages API (GA and beta) on the runtime, and under `client.beta` the managed-agents
operations Bedrock serves on its control plane (`_beta.py`, `_control_plane.py`: agents,
sessions with their event streams and threads, memory stores), which keep their first-party
form. A `POST /v1/messages` becomes
`POST /model/{model}/invoke` (or `/invoke-with-response-stream` when streaming): `model` and
`stream` leave the body, `anthropic_version` joins it, the beta names are sent both in the
`anthropic-beta` header and as `anthropic_beta` in the body, and an `anthropic-user-profile-id`
header moves into the body as `user_profile_id`. Requests are signed with SigV4 (service
`bedrock`), or carry a Bedrock API key as a bearer token. Streams come back as the AWS binary
event-stream and are decoded into the usual typed events.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar
from urllib.parse import quote

from ..._client import Anthropic, AsyncAnthropic
from ..._core._constants import API_VERSION
from ..._core._types import Omit, omit
from .. import _platform
from .._platform import ClientArguments, HttpT, given, header_value, refuse
from ..aws._aws_platform import BedrockPlatformClient
from ..aws._credentials import profile_region, region_from_env
from . import _control_plane

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from ..._core._options import RequestOptions
    from ..._core._sse import EventDecoder
    from ._beta import AsyncBeta, Beta

__all__ = ["AnthropicBedrock", "AsyncAnthropicBedrock"]

USER_PROFILE_HEADER = "anthropic-user-profile-id"
URL_TEMPLATE = "https://bedrock-runtime.{region}.amazonaws.com"


def _region(aws_region: str | None, aws_profile: str | None) -> str:
    region = aws_region or region_from_env() or profile_region(aws_profile)
    if not region:
        raise ValueError(
            "No AWS region: pass aws_region=..., set AWS_REGION / AWS_DEFAULT_REGION, or "
            "configure a region for your AWS profile."
        )
    return region


def _invoke_path(model: object, stream: bool) -> str:
    if not isinstance(model, str) or not model:
        raise ValueError(f"argument 'model' must be a non-empty string, got {model!r}")
    if model in (".", ".."):
        raise ValueError(f"argument 'model' cannot be {model!r}")
    # ":" stays (model ARNs and versioned ids use it); everything else, "/" included, is quoted.
    action = "invoke-with-response-stream" if stream else "invoke"
    return f"/model/{quote(model, safe=':')}/{action}"


class _Bedrock(BedrockPlatformClient[HttpT]):
    _platform: ClassVar[str] = "Amazon Bedrock"
    _service = "bedrock"
    _api_key_env = ("AWS_BEARER_TOKEN_BEDROCK",)
    _base_url_env = "ANTHROPIC_BEDROCK_BASE_URL"
    _url_template = URL_TEMPLATE

    aws_region: str

    def __init__(
        self,
        aws_secret_key: str | None = None,
        aws_access_key: str | None = None,
        aws_region: str | None = None,
        aws_profile: str | None = None,
        aws_session_token: str | None = None,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        **core: Unpack[ClientArguments[HttpT]],
    ) -> None:
        settings = given(locals())
        region = _region(aws_region, aws_profile)
        explicit = (aws_access_key, aws_secret_key, aws_session_token, aws_profile)
        if api_key is not None and any(v is not None for v in explicit):
            raise ValueError(
                "Pass either api_key or AWS credentials (aws_access_key, aws_secret_key, "
                "aws_session_token, aws_profile), not both."
            )
        self._sign_with_aws(settings, region)
        self._init_aws(settings, region, core)

    def _prepare_options(self, options: RequestOptions) -> RequestOptions:
        if _control_plane.serves(options.method, options.path):
            return self._to_control_plane(options)
        path = options.path.partition("?")[0]
        if options.method.lower() != "post" or path != "/v1/messages":
            if path.startswith("/v1/messages/batches"):
                refuse(self._platform, options, "The Message Batches API")
            if path == "/v1/messages/count_tokens":
                refuse(self._platform, options, "Token counting")
            refuse(self._platform, options)
        if not isinstance(options.json_body, Mapping):
            raise TypeError("a Bedrock messages request needs a JSON object body")
        body = dict(options.json_body)
        body.setdefault("anthropic_version", API_VERSION)
        betas = header_value("anthropic-beta", options.headers, options.extra_headers)
        if betas:
            body.setdefault("anthropic_beta", [b.strip() for b in betas.split(",") if b.strip()])
        extra_headers: dict[str, str | Omit] = {**(options.extra_headers or {})}
        profile = header_value(
            USER_PROFILE_HEADER, self._custom_headers, options.headers, options.extra_headers
        )
        if profile is not None:
            body.setdefault("user_profile_id", profile)
            extra_headers[USER_PROFILE_HEADER] = omit
        stream = bool(body.pop("stream", False)) or options.stream
        return dataclasses.replace(
            options,
            path=_invoke_path(body.pop("model", None), stream),
            json_body=body,
            # The version travels in the body; like the official, no anthropic-version header.
            extra_headers={
                "accept": "application/json",
                "anthropic-version": omit,
                **extra_headers,
            },
            stream=stream,
        )

    def _to_control_plane(self, options: RequestOptions) -> RequestOptions:
        """A managed-agents call with the control plane's `anthropic-version` (unless the caller
        set or omitted the header), sent to the control plane of the region unless the caller
        chose a base URL (which then serves both planes)."""
        layers = (self._custom_headers, options.headers, options.extra_headers)
        if not any(k.lower() == "anthropic-version" for layer in layers for k in layer or {}):
            version = {"anthropic-version": _control_plane.API_VERSION}
            options = dataclasses.replace(
                options, extra_headers={**version, **(options.extra_headers or {})}
            )
        if str(self.base_url).rstrip("/") != URL_TEMPLATE.format(region=self.aws_region):
            return options
        base = _control_plane.control_plane_url(self.aws_region)
        return dataclasses.replace(options, path=base + options.path)

    def _event_decoder(self, response: httpx.Response) -> EventDecoder:
        # The control plane streams server-sent events; the runtime, the AWS event stream.
        if response.headers.get("content-type", "").startswith("text/event-stream"):
            return super()._event_decoder(response)
        from ._eventstream import EventStreamDecoder

        return EventStreamDecoder()


class AnthropicBedrock(_Bedrock["httpx.Client"], _platform.SignsEachAttempt, Anthropic):
    """A client of Claude on Amazon Bedrock (see the module docstring for what is rewritten).

    Credentials, first match wins: `api_key` (a Bedrock API key, sent as a bearer token);
    `aws_access_key` + `aws_secret_key` (+ `aws_session_token`); `aws_profile`; the
    AWS_BEARER_TOKEN_BEDROCK environment variable; AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY;
    botocore's default chain (the `bedrock` extra). Region: `aws_region`, AWS_REGION,
    AWS_DEFAULT_REGION, the profile's region, else a ValueError. Base URL: `base_url`,
    ANTHROPIC_BEDROCK_BASE_URL, else `https://bedrock-runtime.{region}.amazonaws.com` (and
    `https://bedrock.{region}.amazonaws.com/anthropic` for the managed-agents calls of `beta`).
    """

    @cached_property
    def beta(self) -> Beta:  # type: ignore[override]  # Bedrock's beta surface is its own
        """Bedrock's beta surface: `agents`, `sessions`, `memory_stores` (the control plane)
        and `messages` (the runtime)."""
        from ._beta import Beta

        return Beta(self)


class AsyncAnthropicBedrock(
    _Bedrock["httpx.AsyncClient"], _platform.AsyncSignsEachAttempt, AsyncAnthropic
):
    """The asyncio/trio form of :class:`AnthropicBedrock`, configured the same way."""

    @cached_property
    def beta(self) -> AsyncBeta:  # type: ignore[override]  # Bedrock's beta surface is its own
        """Bedrock's beta surface: `agents`, `sessions`, `memory_stores` (the control plane)
        and `messages` (the runtime)."""
        from ._beta import AsyncBeta

        return AsyncBeta(self)
