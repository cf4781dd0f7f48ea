# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.plugins.beta_plugin_version`: the official path of these types."""

from __future__ import annotations

from ...._models.plugin_actor import PluginActor as CreatedBy
from ...._models.plugin_version import PluginVersion as BetaPluginVersion

__all__ = [
    "BetaPluginVersion",
    "CreatedBy",
]
