# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_effort_max`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_effort_max import ManagedAgentsEffortMax as ManagedAgentsEffortMax

__all__ = [
    "ManagedAgentsEffortMax",
]
