# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_multiagent_20261001_params`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_multiagent20261001_params import (
    ManagedAgentsMultiagent20261001Params as ManagedAgentsMultiagent20261001Params,
)

__all__ = [
    "ManagedAgentsMultiagent20261001Params",
]
