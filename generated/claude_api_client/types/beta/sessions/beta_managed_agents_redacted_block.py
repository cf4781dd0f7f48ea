# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_redacted_block`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_redacted_block import (
    ManagedAgentsRedactedBlock as BetaManagedAgentsRedactedBlock,
)

__all__ = [
    "BetaManagedAgentsRedactedBlock",
]
