# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_user_tool_confirmation_result`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_user_tool_confirmation_result import (
    ManagedAgentsUserToolConfirmationResult as BetaManagedAgentsUserToolConfirmationResult,
)

__all__ = [
    "BetaManagedAgentsUserToolConfirmationResult",
]
