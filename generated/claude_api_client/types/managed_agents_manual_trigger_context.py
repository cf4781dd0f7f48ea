# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_manual_trigger_context`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_manual_trigger_context import (
    ManagedAgentsManualTriggerContext as ManagedAgentsManualTriggerContext,
)

__all__ = [
    "ManagedAgentsManualTriggerContext",
]
