# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_cron_schedule`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_cron_schedule import (
    ManagedAgentsCronSchedule as ManagedAgentsCronSchedule,
)

__all__ = [
    "ManagedAgentsCronSchedule",
]
