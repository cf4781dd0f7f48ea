"""How an AWS platform client authenticates each attempt: a SigV4 signature or a bearer API key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core._request import clean_credential
from ._credentials import CredentialSource, check_key_pair, credential_source, first_env
from ._sigv4 import sign_request

if TYPE_CHECKING:
    import httpx

__all__ = ["AWSAuth", "aws_auth"]


class AWSAuth:
    """Signs with `source`'s credentials for `service` in `region`, or sends `api_key` as a
    bearer token; with neither (`skip_auth`), leaves the request alone."""

    def __init__(
        self,
        *,
        api_key: str | None,
        source: CredentialSource | None,
        region: str | None,
        service: str,
    ) -> None:
        if source is not None and not region:
            raise ValueError(
                "No AWS region: pass aws_region=... or set AWS_REGION / AWS_DEFAULT_REGION "
                "(SigV4 signs for a region)."
            )
        self.api_key = api_key
        self.source = source
        self.region = region or ""
        self.service = service

    @property
    def uses_sigv4(self) -> bool:
        return self.source is not None and self.api_key is None

    def apply(self, request: httpx.Request) -> None:
        if self.api_key is not None:
            request.headers["authorization"] = f"Bearer {self.api_key}"
        elif self.source is not None:
            sign_request(request, self.source(), region=self.region, service=self.service)

    async def aapply(self, request: httpx.Request) -> None:
        source = self.source
        if self.api_key is None and source is not None and getattr(source, "blocking", True):
            import anyio.to_thread

            # botocore may read files or call the instance metadata service: off the loop.
            credentials = await anyio.to_thread.run_sync(source)
            sign_request(request, credentials, region=self.region, service=self.service)
            return
        self.apply(request)


def aws_auth(
    *,
    api_key: str | None,
    aws_access_key: str | None,
    aws_secret_key: str | None,
    aws_session_token: str | None,
    aws_profile: str | None,
    region: str | None,
    skip_auth: bool,
    service: str,
    api_key_env: tuple[str, ...],
    extra: str,
) -> AWSAuth:
    """SigV4 or API key, first match wins: `api_key`; explicit AWS keys; `aws_profile`; the API
    key environment variables; the AWS credential chain. `skip_auth` sends neither."""
    # Stripped of stray whitespace and refused if unsendable, never echoing the value.
    api_key = clean_credential("api_key", api_key)
    aws_access_key = clean_credential("aws_access_key", aws_access_key)
    aws_secret_key = clean_credential("aws_secret_key", aws_secret_key)
    aws_session_token = clean_credential("aws_session_token", aws_session_token)
    check_key_pair(aws_access_key, aws_secret_key)
    if skip_auth:
        return AWSAuth(api_key=None, source=None, region=region, service=service)
    if api_key is None and aws_access_key is None and aws_profile is None:
        api_key = clean_credential("api_key", first_env(api_key_env))
    source = None
    if api_key is None:
        source = credential_source(
            access_key=aws_access_key,
            secret_key=aws_secret_key,
            session_token=aws_session_token,
            profile=aws_profile,
            extra=extra,
        )
    return AWSAuth(api_key=api_key, source=source, region=region, service=service)
