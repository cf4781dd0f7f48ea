# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_plugin_target_organization`: the official path of these types."""

from __future__ import annotations

from .._models.plugin_target_organization import (
    PluginTargetOrganization as BetaPluginTargetOrganization,
)

__all__ = [
    "BetaPluginTargetOrganization",
]
