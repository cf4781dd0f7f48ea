# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.plugins` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_plugins import (
        AsyncBetaPlugins as AsyncPlugins,
    )
    from claude_api_client.resources.beta_organization_plugins import (
        AsyncBetaPluginsWithRawResponse as AsyncPluginsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_plugins import (
        AsyncBetaPluginsWithStreamingResponse as AsyncPluginsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_plugins import BetaPlugins as Plugins
    from claude_api_client.resources.beta_organization_plugins import (
        BetaPluginsWithRawResponse as PluginsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_plugins import (
        BetaPluginsWithStreamingResponse as PluginsWithStreamingResponse,
    )
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
    from claude_api_client.resources.beta_organization_plugins_shares import (
        AsyncBetaShares as AsyncShares,
    )
    from claude_api_client.resources.beta_organization_plugins_shares import (
        AsyncBetaSharesWithRawResponse as AsyncSharesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_plugins_shares import (
        AsyncBetaSharesWithStreamingResponse as AsyncSharesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_plugins_shares import BetaShares as Shares
    from claude_api_client.resources.beta_organization_plugins_shares import (
        BetaSharesWithRawResponse as SharesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_plugins_shares import (
        BetaSharesWithStreamingResponse as SharesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_plugins_versions import (
        AsyncBetaVersions as AsyncVersions,
    )
    from claude_api_client.resources.beta_organization_plugins_versions import (
        AsyncBetaVersionsWithRawResponse as AsyncVersionsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_plugins_versions import (
        AsyncBetaVersionsWithStreamingResponse as AsyncVersionsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_plugins_versions import (
        BetaVersions as Versions,
    )
    from claude_api_client.resources.beta_organization_plugins_versions import (
        BetaVersionsWithRawResponse as VersionsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_plugins_versions import (
        BetaVersionsWithStreamingResponse as VersionsWithStreamingResponse,
    )

__all__ = [
    "AsyncInstallationSettings",
    "AsyncInstallationSettingsWithRawResponse",
    "AsyncInstallationSettingsWithStreamingResponse",
    "AsyncPlugins",
    "AsyncPluginsWithRawResponse",
    "AsyncPluginsWithStreamingResponse",
    "AsyncShares",
    "AsyncSharesWithRawResponse",
    "AsyncSharesWithStreamingResponse",
    "AsyncVersions",
    "AsyncVersionsWithRawResponse",
    "AsyncVersionsWithStreamingResponse",
    "InstallationSettings",
    "InstallationSettingsWithRawResponse",
    "InstallationSettingsWithStreamingResponse",
    "Plugins",
    "PluginsWithRawResponse",
    "PluginsWithStreamingResponse",
    "Shares",
    "SharesWithRawResponse",
    "SharesWithStreamingResponse",
    "Versions",
    "VersionsWithRawResponse",
    "VersionsWithStreamingResponse",
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
    "AsyncPlugins": ("claude_api_client.resources.beta_organization_plugins", "AsyncBetaPlugins"),
    "AsyncPluginsWithRawResponse": (
        "claude_api_client.resources.beta_organization_plugins",
        "AsyncBetaPluginsWithRawResponse",
    ),
    "AsyncPluginsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_plugins",
        "AsyncBetaPluginsWithStreamingResponse",
    ),
    "AsyncShares": (
        "claude_api_client.resources.beta_organization_plugins_shares",
        "AsyncBetaShares",
    ),
    "AsyncSharesWithRawResponse": (
        "claude_api_client.resources.beta_organization_plugins_shares",
        "AsyncBetaSharesWithRawResponse",
    ),
    "AsyncSharesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_plugins_shares",
        "AsyncBetaSharesWithStreamingResponse",
    ),
    "AsyncVersions": (
        "claude_api_client.resources.beta_organization_plugins_versions",
        "AsyncBetaVersions",
    ),
    "AsyncVersionsWithRawResponse": (
        "claude_api_client.resources.beta_organization_plugins_versions",
        "AsyncBetaVersionsWithRawResponse",
    ),
    "AsyncVersionsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_plugins_versions",
        "AsyncBetaVersionsWithStreamingResponse",
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
    "Plugins": ("claude_api_client.resources.beta_organization_plugins", "BetaPlugins"),
    "PluginsWithRawResponse": (
        "claude_api_client.resources.beta_organization_plugins",
        "BetaPluginsWithRawResponse",
    ),
    "PluginsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_plugins",
        "BetaPluginsWithStreamingResponse",
    ),
    "Shares": ("claude_api_client.resources.beta_organization_plugins_shares", "BetaShares"),
    "SharesWithRawResponse": (
        "claude_api_client.resources.beta_organization_plugins_shares",
        "BetaSharesWithRawResponse",
    ),
    "SharesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_plugins_shares",
        "BetaSharesWithStreamingResponse",
    ),
    "Versions": ("claude_api_client.resources.beta_organization_plugins_versions", "BetaVersions"),
    "VersionsWithRawResponse": (
        "claude_api_client.resources.beta_organization_plugins_versions",
        "BetaVersionsWithRawResponse",
    ),
    "VersionsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_plugins_versions",
        "BetaVersionsWithStreamingResponse",
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
