"""What the AWS platform clients (Bedrock, Bedrock Mantle, Claude on AWS) do alike when built:
credentials from their arguments (SigV4 or an API key), the base URL from the region, and the
`aws_region` / `aws_profile` attributes; and what the two Bedrock endpoints say of themselves."""

from __future__ import annotations

from typing import Any, ClassVar

from .._platform import ClientArguments, HttpT, PlatformClient
from ._auth import AWSAuth, aws_auth, aws_base_url

__all__ = ["AWSPlatformClient", "BedrockPlatformClient"]


class AWSPlatformClient(PlatformClient[HttpT]):
    """Mixin for the AWS clients: `_sign_with_aws`, the client's own checks, then `_init_aws`.
    Each names its endpoint: `_service` (SigV4), `_api_key_env` (first set wins), `_extra` (brings
    botocore), and `_base_url_env`, `_url_template` for the base URL when `base_url` is not given."""

    _service: ClassVar[str]
    _api_key_env: ClassVar[tuple[str, ...]]
    _extra: ClassVar[str]
    _base_url_env: ClassVar[str]
    _url_template: ClassVar[str]
    _aws_auth: AWSAuth  # the signer (also `_signer`), with its type
    aws_region: str | None
    aws_profile: str | None

    def _sign_with_aws(self, settings: dict[str, Any], region: str | None) -> AWSAuth:
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
        url = aws_base_url(settings.get("base_url"), self._base_url_env, region, self._url_template)
        self.aws_region = region
        self.aws_profile = settings.get("aws_profile")
        self._init_core(settings, url, core)
        self.api_key = self._aws_auth.api_key


class BedrockPlatformClient(AWSPlatformClient[HttpT]):
    """What Bedrock's two endpoints (the runtime and Mantle) share."""

    _extra = "bedrock"
    _gen_ai_provider_name: ClassVar[str] = "aws.bedrock"
    _otel_platform: ClassVar[str | None] = "bedrock"
    # The platform serves no message threads (`client.beta.messages.thread()` says so).
    _supports_message_threads: ClassVar[bool] = False
    _request_id_headers: ClassVar[tuple[str, ...]] = ("x-amzn-requestid",)
