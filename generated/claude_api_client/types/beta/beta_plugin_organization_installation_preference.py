# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_plugin_organization_installation_preference`: the official path of these types."""

from __future__ import annotations

from .._models.plugin_organization_installation_preference import (
    PluginOrganizationInstallationPreference as BetaPluginOrganizationInstallationPreference,
)

__all__ = [
    "BetaPluginOrganizationInstallationPreference",
]
