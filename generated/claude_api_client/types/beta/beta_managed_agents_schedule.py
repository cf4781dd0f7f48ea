# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_schedule`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_cron_schedule import (
    ManagedAgentsCronSchedule as BetaManagedAgentsSchedule,
)

__all__ = [
    "BetaManagedAgentsSchedule",
]
