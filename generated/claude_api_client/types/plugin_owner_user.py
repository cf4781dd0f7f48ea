# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.plugin_owner_user`: the official path of these types."""

from __future__ import annotations

from ._models.plugin_owner_user import PluginOwnerUser as PluginOwnerUser

__all__ = [
    "PluginOwnerUser",
]
