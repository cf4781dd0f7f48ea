# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_plugin_target_rbac_group`: the official path of these types."""

from __future__ import annotations

from .._models.plugin_target_rbac_group import PluginTargetRBACGroup as BetaPluginTargetRBACGroup

__all__ = [
    "BetaPluginTargetRBACGroup",
]
