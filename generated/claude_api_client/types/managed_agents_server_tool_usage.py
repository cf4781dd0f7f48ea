# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_server_tool_usage`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_server_tool_usage import (
    ManagedAgentsServerToolUsage as ManagedAgentsServerToolUsage,
)

__all__ = [
    "ManagedAgentsServerToolUsage",
]
