"""`default_credentials()`: the credential the environment and the config directory give, in the
official order."""

from __future__ import annotations

import os

from ..._core._exceptions import AnthropicError, CredentialsError
from ._constants import (
    DEFAULT_BASE_URL,
    ENV_API_KEY,
    ENV_AUTH_TOKEN,
    ENV_CONFIG_DIR,
    ENV_FEDERATION_RULE_ID,
    ENV_IDENTITY_TOKEN,
    ENV_ORGANIZATION_ID,
    ENV_PROFILE,
    ENV_SCOPE,
    ENV_SERVICE_ACCOUNT_ID,
    ENV_WORKSPACE_ID,
)
from ._locations import explicit_active_config, has_active_profile_config, identity_token_path
from ._profile import CredentialsFile
from ._providers import IdentityTokenFile, StaticToken
from ._types import CredentialResult, IdentityTokenProvider
from ._workload import WorkloadIdentityCredentials

__all__ = ["default_credentials"]


def _identity_token_from_env() -> str:
    # Read at each exchange, so that a rotated value is used.
    value = os.environ.get(ENV_IDENTITY_TOKEN)
    if value is None:
        raise CredentialsError(
            f"{ENV_IDENTITY_TOKEN} was set when the client was built and is not set any more."
        )
    return value


def _federation(base_url: str) -> CredentialResult | None:
    rule = os.environ.get(ENV_FEDERATION_RULE_ID)
    organization = os.environ.get(ENV_ORGANIZATION_ID)
    path = identity_token_path()
    if not rule or not organization or (path is None and not os.environ.get(ENV_IDENTITY_TOKEN)):
        return None
    identity: IdentityTokenProvider = (
        IdentityTokenFile(path) if path is not None else _identity_token_from_env
    )
    provider = WorkloadIdentityCredentials(
        identity_token_provider=identity,
        federation_rule_id=rule,
        organization_id=organization,
        service_account_id=os.environ.get(ENV_SERVICE_ACCOUNT_ID),
        workspace_id=os.environ.get(ENV_WORKSPACE_ID) or None,
        scope=os.environ.get(ENV_SCOPE),
    )
    provider.bind_base_url(base_url)
    return CredentialResult(provider=provider)


def _profile(base_url: str) -> CredentialResult:
    profile = CredentialsFile()
    profile.bind_base_url(base_url)
    headers = profile.extra_headers()  # reads the config: a broken one fails here
    return CredentialResult(profile, headers, profile.resolved_base_url)


def default_credentials(*, base_url: str = DEFAULT_BASE_URL) -> CredentialResult | None:
    """The first credential found, or None (no credential, or ANTHROPIC_API_KEY, which the
    client sends itself):

    1. ANTHROPIC_API_KEY: None. ANTHROPIC_AUTH_TOKEN: a `StaticToken`.
    2. ANTHROPIC_PROFILE: that profile; an error in it is raised.
    3. ANTHROPIC_FEDERATION_RULE_ID + ANTHROPIC_ORGANIZATION_ID + ANTHROPIC_IDENTITY_TOKEN_FILE
       (or ANTHROPIC_IDENTITY_TOKEN): a `WorkloadIdentityCredentials` exchanging at `base_url`.
    4. The active profile (named in `<config_dir>/active_config`, else "default"); an error in
       it is raised when ANTHROPIC_CONFIG_DIR is set or the pointer file exists, else the
       profile is skipped.
    """
    if os.environ.get(ENV_API_KEY):
        return None
    token = os.environ.get(ENV_AUTH_TOKEN)
    if token:
        return CredentialResult(provider=StaticToken(token))
    if os.environ.get(ENV_PROFILE):
        return _profile(base_url)
    federation = _federation(base_url)
    if federation is not None:
        return federation
    chosen = bool(os.environ.get(ENV_CONFIG_DIR)) or explicit_active_config() is not None
    if chosen or has_active_profile_config():
        try:
            return _profile(base_url)
        except AnthropicError:
            if chosen:
                raise
    return None
