# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_auto_policy`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_auto_policy import ManagedAgentsAutoPolicy as ManagedAgentsAutoPolicy

__all__ = [
    "ManagedAgentsAutoPolicy",
]
