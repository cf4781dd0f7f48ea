# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_multiagent20261001_params`: the official path of these types."""

from __future__ import annotations

from .._params.managed_agents_multiagent20261001_params import (
    ManagedAgentsMultiagent20261001Params as BetaManagedAgentsMultiagent20261001Params,
)

__all__ = [
    "BetaManagedAgentsMultiagent20261001Params",
]
