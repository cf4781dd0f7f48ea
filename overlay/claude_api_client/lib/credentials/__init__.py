"""Credentials beyond a static key: token providers, the token cache, profiles on disk and
workload identity federation (the official `anthropic.lib.credentials`)."""

from __future__ import annotations

from ._auth import AccessTokenAuth as AccessTokenAuth
from ._cache import TokenCache as TokenCache
from ._chain import default_credentials as default_credentials
from ._profile import CredentialsFile as CredentialsFile
from ._profile import InMemoryConfig as InMemoryConfig
from ._providers import EnvToken as EnvToken
from ._providers import IdentityTokenFile as IdentityTokenFile
from ._providers import StaticToken as StaticToken
from ._types import AccessToken as AccessToken
from ._types import AccessTokenProvider as AccessTokenProvider
from ._types import AsyncAccessTokenProvider as AsyncAccessTokenProvider
from ._types import BaseURLBoundProvider as BaseURLBoundProvider
from ._types import CredentialResult as CredentialResult
from ._types import IdentityTokenProvider as IdentityTokenProvider
from ._workload import WorkloadIdentityCredentials as WorkloadIdentityCredentials
from ._workload import WorkloadIdentityError as WorkloadIdentityError
from ._workload import exchange_federation_assertion as exchange_federation_assertion

__all__ = [
    "AccessToken",
    "AccessTokenProvider",
    "AsyncAccessTokenProvider",
    "BaseURLBoundProvider",
    "CredentialResult",
    "IdentityTokenProvider",
    "StaticToken",
    "EnvToken",
    "CredentialsFile",
    "InMemoryConfig",
    "IdentityTokenFile",
    "WorkloadIdentityCredentials",
    "WorkloadIdentityError",
    "exchange_federation_assertion",
    "TokenCache",
    "AccessTokenAuth",
    "default_credentials",
]
