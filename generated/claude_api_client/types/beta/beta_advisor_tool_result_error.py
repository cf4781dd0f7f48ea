# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_advisor_tool_result_error`: the official path of these types."""

from __future__ import annotations

from .._models.advisor_tool_result_error import AdvisorToolResultError as BetaAdvisorToolResultError

__all__ = [
    "BetaAdvisorToolResultError",
]
