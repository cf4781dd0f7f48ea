# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_model_config`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_effort import ManagedAgentsEffort as Effort
from .._models.managed_agents_model_config import (
    ManagedAgentsModelConfig as BetaManagedAgentsModelConfig,
)

__all__ = [
    "BetaManagedAgentsModelConfig",
    "Effort",
]
