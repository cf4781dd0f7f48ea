# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_budget_limit`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_budget_limit import (
    ManagedAgentsBudgetLimit as ManagedAgentsBudgetLimit,
)

__all__ = [
    "ManagedAgentsBudgetLimit",
]
