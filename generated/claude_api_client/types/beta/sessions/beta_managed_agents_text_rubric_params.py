# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_text_rubric_params`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_text_rubric_params import (
    ManagedAgentsTextRubricParams as BetaManagedAgentsTextRubricParams,
)

__all__ = [
    "BetaManagedAgentsTextRubricParams",
]
