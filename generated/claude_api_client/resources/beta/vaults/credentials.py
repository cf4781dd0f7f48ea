# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.vaults.credentials` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_vaults_credentials import (
        AsyncBetaCredentials as AsyncCredentials,
    )
    from claude_api_client.resources.beta_vaults_credentials import (
        AsyncBetaCredentialsWithRawResponse as AsyncCredentialsWithRawResponse,
    )
    from claude_api_client.resources.beta_vaults_credentials import (
        AsyncBetaCredentialsWithStreamingResponse as AsyncCredentialsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_vaults_credentials import BetaCredentials as Credentials
    from claude_api_client.resources.beta_vaults_credentials import (
        BetaCredentialsWithRawResponse as CredentialsWithRawResponse,
    )
    from claude_api_client.resources.beta_vaults_credentials import (
        BetaCredentialsWithStreamingResponse as CredentialsWithStreamingResponse,
    )

__all__ = [
    "AsyncCredentials",
    "AsyncCredentialsWithRawResponse",
    "AsyncCredentialsWithStreamingResponse",
    "Credentials",
    "CredentialsWithRawResponse",
    "CredentialsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncCredentials": (
        "claude_api_client.resources.beta_vaults_credentials",
        "AsyncBetaCredentials",
    ),
    "AsyncCredentialsWithRawResponse": (
        "claude_api_client.resources.beta_vaults_credentials",
        "AsyncBetaCredentialsWithRawResponse",
    ),
    "AsyncCredentialsWithStreamingResponse": (
        "claude_api_client.resources.beta_vaults_credentials",
        "AsyncBetaCredentialsWithStreamingResponse",
    ),
    "Credentials": ("claude_api_client.resources.beta_vaults_credentials", "BetaCredentials"),
    "CredentialsWithRawResponse": (
        "claude_api_client.resources.beta_vaults_credentials",
        "BetaCredentialsWithRawResponse",
    ),
    "CredentialsWithStreamingResponse": (
        "claude_api_client.resources.beta_vaults_credentials",
        "BetaCredentialsWithStreamingResponse",
    ),
}


def __getattr__(name: str) -> object:
    """The class an official name of this path stands for (the one the client's namespace is)."""
    try:
        module, attr = _OFFICIAL[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    import importlib

    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value
