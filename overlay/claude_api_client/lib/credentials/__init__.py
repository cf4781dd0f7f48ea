"""Credentials beyond a static key: token providers, the token cache, profiles on disk and
workload identity federation (the official `anthropic.lib.credentials`).

Names load on first use: a client that authenticates with a key loads none of this but the
small part its constructor needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_names

if TYPE_CHECKING:
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

_LAZY: dict[str, str] = {
    "AccessTokenAuth": "._auth",
    "TokenCache": "._cache",
    "default_credentials": "._chain",
    "CredentialsFile": "._profile",
    "InMemoryConfig": "._profile",
    "EnvToken": "._providers",
    "IdentityTokenFile": "._providers",
    "StaticToken": "._providers",
    "AccessToken": "._types",
    "AccessTokenProvider": "._types",
    "AsyncAccessTokenProvider": "._types",
    "BaseURLBoundProvider": "._types",
    "CredentialResult": "._types",
    "IdentityTokenProvider": "._types",
    "WorkloadIdentityCredentials": "._workload",
    "WorkloadIdentityError": "._workload",
    "exchange_federation_assertion": "._workload",
}

__all__ = sorted(_LAZY)

__getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())
