# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_advisor_message_iteration_usage`: the official path of these types."""

from __future__ import annotations

from .._models.advisor_message_iteration_usage import (
    AdvisorMessageIterationUsage as BetaAdvisorMessageIterationUsage,
)

__all__ = [
    "BetaAdvisorMessageIterationUsage",
]
