# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_custom_tool`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_custom_tool import ManagedAgentsCustomTool as ManagedAgentsCustomTool

__all__ = [
    "ManagedAgentsCustomTool",
]
