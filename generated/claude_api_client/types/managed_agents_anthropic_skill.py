# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_anthropic_skill`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_anthropic_skill import (
    ManagedAgentsAnthropicSkill as ManagedAgentsAnthropicSkill,
)

__all__ = [
    "ManagedAgentsAnthropicSkill",
]
