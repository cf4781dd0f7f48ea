# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_effort_high_param`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_effort_high_param import (
    ManagedAgentsEffortHighParam as ManagedAgentsEffortHighParam,
)

__all__ = [
    "ManagedAgentsEffortHighParam",
]
