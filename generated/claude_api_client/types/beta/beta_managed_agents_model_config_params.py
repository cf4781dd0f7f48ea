# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_model_config_params`: the official path of these types."""

from __future__ import annotations

from .._params.managed_agents_effort_params import ManagedAgentsEffortParams as Effort
from .._params.managed_agents_model_config_params import (
    ManagedAgentsModelConfigParams as BetaManagedAgentsModelConfigParams,
)

__all__ = [
    "BetaManagedAgentsModelConfigParams",
    "Effort",
]
