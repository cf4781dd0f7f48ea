# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.plugins.installation_settings` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_plugins_installation_settings import (
        AsyncBetaInstallationSettings as AsyncInstallationSettings,
    )
    from claude_api_client.resources.beta_organization_plugins_installation_settings import (
        AsyncBetaInstallationSettingsWithRawResponse as AsyncInstallationSettingsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_plugins_installation_settings import (
        AsyncBetaInstallationSettingsWithStreamingResponse as AsyncInstallationSettingsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_plugins_installation_settings import (
        BetaInstallationSettings as InstallationSettings,
    )
    from claude_api_client.resources.beta_organization_plugins_installation_settings import (
        BetaInstallationSettingsWithRawResponse as InstallationSettingsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_plugins_installation_settings import (
        BetaInstallationSettingsWithStreamingResponse as InstallationSettingsWithStreamingResponse,
    )

__all__ = [
    "AsyncInstallationSettings",
    "AsyncInstallationSettingsWithRawResponse",
    "AsyncInstallationSettingsWithStreamingResponse",
    "InstallationSettings",
    "InstallationSettingsWithRawResponse",
    "InstallationSettingsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncInstallationSettings": (
        "claude_api_client.resources.beta_organization_plugins_installation_settings",
        "AsyncBetaInstallationSettings",
    ),
    "AsyncInstallationSettingsWithRawResponse": (
        "claude_api_client.resources.beta_organization_plugins_installation_settings",
        "AsyncBetaInstallationSettingsWithRawResponse",
    ),
    "AsyncInstallationSettingsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_plugins_installation_settings",
        "AsyncBetaInstallationSettingsWithStreamingResponse",
    ),
    "InstallationSettings": (
        "claude_api_client.resources.beta_organization_plugins_installation_settings",
        "BetaInstallationSettings",
    ),
    "InstallationSettingsWithRawResponse": (
        "claude_api_client.resources.beta_organization_plugins_installation_settings",
        "BetaInstallationSettingsWithRawResponse",
    ),
    "InstallationSettingsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_plugins_installation_settings",
        "BetaInstallationSettingsWithStreamingResponse",
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
