# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_multiagent_20261001`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_multiagent20261001 import (
    ManagedAgentsMultiagent20261001 as ManagedAgentsMultiagent20261001,
)

__all__ = [
    "ManagedAgentsMultiagent20261001",
]
