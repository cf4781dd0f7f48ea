# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_effort_xhigh`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_effort_xhigh import (
    ManagedAgentsEffortXhigh as ManagedAgentsEffortXhigh,
)

__all__ = [
    "ManagedAgentsEffortXhigh",
]
