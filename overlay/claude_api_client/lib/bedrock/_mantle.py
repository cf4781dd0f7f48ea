"""Claude on Amazon Bedrock's first-party-shaped endpoint ("Mantle"): `AnthropicBedrockMantle`.

Messages and token counting, GA and beta, at their first-party paths under
`https://bedrock-mantle.{region}.api.aws/anthropic`. Requests are signed with SigV4 (service
`bedrock-mantle`) or carry an API key as a bearer token; an `anthropic-user-profile-id` header
moves into the body of these two operations. Streams are ordinary server-sent events.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar

from ..._client import Anthropic, AsyncAnthropic
from ..._core._types import omit
from .. import _platform
from .._platform import ClientArguments, HttpT, given, header_value, refuse
from ..aws._aws_platform import BedrockPlatformClient
from ..aws._credentials import region_from_env

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from ..._core._options import RequestOptions

__all__ = ["AnthropicBedrockMantle", "AsyncAnthropicBedrockMantle"]

USER_PROFILE_HEADER = "anthropic-user-profile-id"
SERVED = frozenset({"/v1/messages", "/v1/messages/count_tokens"})


class _Mantle(BedrockPlatformClient[HttpT]):
    _platform: ClassVar[str] = "Amazon Bedrock (Mantle)"
    _service = "bedrock-mantle"
    _api_key_env = ("AWS_BEARER_TOKEN_BEDROCK", "ANTHROPIC_AWS_API_KEY")
    _base_url_env = "ANTHROPIC_BEDROCK_MANTLE_BASE_URL"
    _url_template = "https://bedrock-mantle.{region}.api.aws/anthropic"

    skip_auth: bool

    def __init__(
        self,
        *,
        aws_access_key: str | None = None,
        aws_secret_key: str | None = None,
        aws_session_token: str | None = None,
        aws_region: str | None = None,
        aws_profile: str | None = None,
        api_key: str | None = None,
        skip_auth: bool = False,
        base_url: str | httpx.URL | None = None,
        **core: Unpack[ClientArguments[HttpT]],
    ) -> None:
        settings = given(locals())
        region = aws_region or region_from_env()
        self._sign_with_aws(settings, region)
        self.skip_auth = skip_auth
        self._init_aws(settings, region, core)

    def _prepare_options(self, options: RequestOptions) -> RequestOptions:
        path = options.path.partition("?")[0]
        if options.method.lower() != "post" or path not in SERVED:
            refuse(self._platform, options)
        profile = header_value(
            USER_PROFILE_HEADER, self._custom_headers, options.headers, options.extra_headers
        )
        if profile is None or not isinstance(options.json_body, Mapping):
            return options
        return dataclasses.replace(
            options,
            json_body={"user_profile_id": profile, **options.json_body},
            extra_headers={**(options.extra_headers or {}), USER_PROFILE_HEADER: omit},
        )


class AnthropicBedrockMantle(_Mantle["httpx.Client"], _platform.SignsEachAttempt, Anthropic):
    """A client of Claude on Bedrock's Mantle endpoint (see the module docstring).

    Auth, first match wins: `api_key`; `aws_access_key` + `aws_secret_key`; `aws_profile`;
    AWS_BEARER_TOKEN_BEDROCK or ANTHROPIC_AWS_API_KEY; the AWS credential chain. `skip_auth=True`
    sends no credentials (for a signing proxy). Base URL: `base_url`,
    ANTHROPIC_BEDROCK_MANTLE_BASE_URL, else from the region.
    """


class AsyncAnthropicBedrockMantle(
    _Mantle["httpx.AsyncClient"], _platform.AsyncSignsEachAttempt, AsyncAnthropic
):
    """The asyncio/trio form of :class:`AnthropicBedrockMantle`."""
