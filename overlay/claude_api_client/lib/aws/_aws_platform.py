"""What the three AWS platform clients (Bedrock, Bedrock Mantle, Claude on AWS) do alike when
built: credentials from their arguments (SigV4 or an API key), the base URL from the region, and
the `aws_region` / `aws_profile` attributes. Each client names its endpoint in class attributes;
the two Bedrock endpoints also share how they describe themselves (`BedrockPlatformClient`)."""

from __future__ import annotations

from typing import Any, ClassVar

from .._platform import ClientArguments, HttpT, PlatformClient
from ._auth import AWSAuth, aws_auth, aws_base_url

__all__ = ["AWSPlatformClient", "BedrockPlatformClient"]


class AWSPlatformClient(PlatformClient[HttpT]):
    """Mixin for the AWS clients: `_sign_with_aws`, then (the client's own checks between)
    `_init_aws`."""

    _service: ClassVar[str]
    """The SigV4 service name."""
    _api_key_env: ClassVar[tuple[str, ...]]
    """The environment variables holding an API key, first set wins."""
    _extra: ClassVar[str]
    """The package extra that brings botocore (named when it is missing)."""
    _base_url_env: ClassVar[str]
    _url_template: ClassVar[str]
    """The base URL, `{region}` filled in, when neither `base_url` nor `_base_url_env` is set."""

    _aws_auth: AWSAuth
    """The signer (also `_signer`), with its type."""
    aws_region: str | None
    aws_profile: str | None

    def _sign_with_aws(self, settings: dict[str, Any], region: str | None) -> AWSAuth:
        """The signer for the constructor's `settings` (see `aws_auth`)."""
        self._signer = self._aws_auth = aws_auth(
            settings,
            region=region,
            service=self._service,
            api_key_env=self._api_key_env,
            extra=self._extra,
        )
        return self._aws_auth

    def _init_aws(
        self, settings: dict[str, Any], region: str | None, core: ClientArguments[HttpT]
    ) -> None:
        """The rest of the constructor: base URL, attributes, the core, the signer's API key."""
        url = aws_base_url(settings.get("base_url"), self._base_url_env, region, self._url_template)
        self.aws_region = region
        self.aws_profile = settings.get("aws_profile")
        self._init_core(settings, url, core)
        self.api_key = self._aws_auth.api_key


class BedrockPlatformClient(AWSPlatformClient[HttpT]):
    """What Bedrock's two endpoints (the runtime and Mantle) say alike about themselves."""

    _extra = "bedrock"
    _gen_ai_provider_name: ClassVar[str] = "aws.bedrock"
    # The platform serves no message threads (`client.beta.messages.thread()` says so).
    _supports_message_threads: ClassVar[bool] = False
    _request_id_headers: ClassVar[tuple[str, ...]] = ("x-amzn-requestid",)
