# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_multiagent_inline_agents_enabled`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_multiagent_inline_agents_enabled import (
    ManagedAgentsMultiagentInlineAgentsEnabled as BetaManagedAgentsMultiagentInlineAgentsEnabled,
)

__all__ = [
    "BetaManagedAgentsMultiagentInlineAgentsEnabled",
]
