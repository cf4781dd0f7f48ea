# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_plugin`: the official path of these types."""

from __future__ import annotations

from ..._models.plugin import Plugin as BetaPlugin
from ..._models.plugin_actor import PluginActor as CreatedBy
from ..._models.plugin_owner import PluginOwner as Owner

__all__ = [
    "BetaPlugin",
    "CreatedBy",
    "Owner",
]
