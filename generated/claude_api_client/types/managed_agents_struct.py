# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_struct`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_struct import ManagedAgentsStruct as ManagedAgentsStruct

__all__ = [
    "ManagedAgentsStruct",
]
