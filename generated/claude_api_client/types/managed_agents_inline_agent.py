# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_inline_agent`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_inline_agent import (
    ManagedAgentsInlineAgent as ManagedAgentsInlineAgent,
)

__all__ = [
    "ManagedAgentsInlineAgent",
]
