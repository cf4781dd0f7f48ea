"""Claude on AWS, operated by Anthropic: `AnthropicAWS` and `AsyncAnthropicAWS`.

The whole first-party API at `https://aws-external-anthropic.{region}.api.aws`, for one
workspace (the `anthropic-workspace-id` header). Requests are signed with SigV4 (service
`aws-external-anthropic`), or carry an API key as a bearer token (`Authorization: Bearer`, as AWS
documents its API key authentication and the official client sends it); `skip_auth=True` sends
neither.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, ClassVar

from ..._client import Anthropic, AsyncAnthropic
from ..._core._exceptions import AnthropicError
from .. import _platform
from .._platform import ClientArguments, HttpT, given, refuse
from ._aws_platform import AWSPlatformClient
from ._credentials import region_from_env

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Self, Unpack

    from ..._core._options import RequestOptions

__all__ = ["AnthropicAWS", "AsyncAnthropicAWS"]

WORKSPACE_HEADER = "anthropic-workspace-id"


class _AWS(AWSPlatformClient[HttpT]):
    _platform: ClassVar[str] = "Claude on AWS"
    _otel_platform: ClassVar[str | None] = "aws"
    _service = "aws-external-anthropic"
    _api_key_env = ("ANTHROPIC_AWS_API_KEY",)
    _extra = "aws"
    _base_url_env = "ANTHROPIC_AWS_BASE_URL"
    _url_template = "https://aws-external-anthropic.{region}.api.aws"
    _verifies_webhooks: ClassVar[bool] = True

    workspace_id: str | None

    def __init__(
        self,
        *,
        api_key: str | None = None,
        aws_access_key: str | None = None,
        aws_secret_key: str | None = None,
        aws_region: str | None = None,
        aws_profile: str | None = None,
        aws_session_token: str | None = None,
        workspace_id: str | None = None,
        skip_auth: bool = False,
        base_url: str | httpx.URL | None = None,
        auth_token: str | None = None,
        webhook_key: str | None = None,
        **core: Unpack[ClientArguments[HttpT]],
    ) -> None:
        settings = given(locals())
        region = aws_region or region_from_env()
        auth = self._sign_with_aws(settings, region)
        # The key is sent by `_auth_headers`, not by the signer, so that it is a header of the
        # client's like on every other client (`auth_headers`, `copy()`).
        key, auth.api_key = auth.api_key, None
        workspace = workspace_id or os.environ.get("ANTHROPIC_AWS_WORKSPACE_ID") or None
        if workspace is None and not skip_auth:
            raise AnthropicError(
                "No workspace: pass workspace_id=... or set ANTHROPIC_AWS_WORKSPACE_ID."
            )
        self.workspace_id = workspace
        if workspace is not None:
            headers = core.get("default_headers") or {}
            core["default_headers"] = {**headers, WORKSPACE_HEADER: workspace}
        self._init_aws(settings, region, core)
        self.api_key = key
        self.auth_token = auth_token

    def _auth_headers(self) -> dict[str, str]:
        # Both go as a bearer token: the endpoint takes an API key only that way. The key wins
        # over `auth_token`; a SigV4 signature replaces either.
        credential = self.api_key if self.api_key is not None else self.auth_token
        if credential is not None:
            return {"Authorization": f"Bearer {credential}"}
        return super()._auth_headers()

    def copy(self, *, credentials: object = None, **changes: Any) -> Self:
        """As `PlatformClient.copy`; `credentials=` is taken, as by the official client, only
        as None: the client signs with SigV4 or sends a key, never a token provider's token."""
        if credentials is not None:
            raise TypeError(
                f"{type(self).__name__} takes no credentials provider: it authenticates with "
                "AWS SigV4 or an API key."
            )
        return super().copy(**changes)

    with_options = copy

    def _prepare_options(self, options: RequestOptions) -> RequestOptions:
        path = options.path.partition("?")[0]
        if path.startswith("/v1/user_profiles/") and path.endswith("/action_urls"):
            refuse(self._platform, options, "User profile action URLs")
        return options


class AnthropicAWS(_AWS["httpx.Client"], _platform.SignsEachAttempt, Anthropic):
    """A client of the Claude API served on AWS by Anthropic (see the module docstring).

    Auth, first match wins: `api_key`; `aws_access_key` + `aws_secret_key`; `aws_profile`;
    ANTHROPIC_AWS_API_KEY; the AWS credential chain (the `aws` extra). Workspace:
    `workspace_id`, else ANTHROPIC_AWS_WORKSPACE_ID (required unless `skip_auth`). Base URL:
    `base_url`, ANTHROPIC_AWS_BASE_URL, else from the region. The API key is sent as
    `Authorization: Bearer <key>`. `auth_token` (never read from the environment) is sent the
    same way when no API key is (with `skip_auth`, say); a SigV4 signature replaces either. `webhook_key` (else ANTHROPIC_WEBHOOK_SIGNING_KEY) is the
    secret `client.beta.webhooks.unwrap` verifies with, as on `Anthropic`.
    """


class AsyncAnthropicAWS(_AWS["httpx.AsyncClient"], _platform.AsyncSignsEachAttempt, AsyncAnthropic):
    """The asyncio/trio form of :class:`AnthropicAWS`."""
