"""How an AWS platform client authenticates each attempt: a SigV4 signature or a bearer API key."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..._core._exceptions import AnthropicError
from ..._core._request import clean_credential
from ._credentials import CredentialSource, check_key_pair, credential_source, first_env
from ._sigv4 import sign_request

if TYPE_CHECKING:
    import httpx

__all__ = ["AWSAuth", "aws_auth", "aws_base_url"]


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
    arguments: Mapping[str, Any],
    *,
    region: str | None,
    service: str,
    api_key_env: tuple[str, ...],
    extra: str,
) -> AWSAuth:
    """SigV4 or API key from a client's `arguments` (`api_key`, `aws_access_key`,
    `aws_secret_key`, `aws_session_token`, `aws_profile`, `skip_auth`), first match wins:
    `api_key`; explicit AWS keys; `aws_profile`; the API key environment variables; the AWS
    credential chain. `skip_auth` sends neither."""
    # Stripped of stray whitespace and refused if unsendable, never echoing the value.
    api_key, access_key, secret_key, session_token = (
        clean_credential(name, arguments.get(name))
        for name in ("api_key", "aws_access_key", "aws_secret_key", "aws_session_token")
    )
    profile = arguments.get("aws_profile")
    check_key_pair(access_key, secret_key)
    if arguments.get("skip_auth"):
        return AWSAuth(api_key=None, source=None, region=region, service=service)
    if api_key is None and access_key is None and profile is None:
        api_key = clean_credential("api_key", first_env(api_key_env))
    source = None
    if api_key is None:
        source = credential_source(
            access_key=access_key,
            secret_key=secret_key,
            session_token=session_token,
            profile=profile,
            extra=extra,
        )
    return AWSAuth(api_key=api_key, source=source, region=region, service=service)


def aws_base_url(
    base_url: str | httpx.URL | None, env: str, region: str | None, template: str
) -> str | httpx.URL:
    """`base_url`, else the `env` variable, else `template` with the region filled in."""
    url = base_url or os.environ.get(env)
    if url:
        return url
    if not region:
        raise AnthropicError(
            "No AWS region or base URL: pass aws_region=... (or set AWS_REGION / "
            f"AWS_DEFAULT_REGION), or base_url=... (or {env})."
        )
    return template.format(region=region)
