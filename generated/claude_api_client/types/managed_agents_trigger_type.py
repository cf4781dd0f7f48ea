# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_trigger_type`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_trigger_type_param import (
    ManagedAgentsTriggerTypeParam as ManagedAgentsTriggerType,
)

__all__ = [
    "ManagedAgentsTriggerType",
]
