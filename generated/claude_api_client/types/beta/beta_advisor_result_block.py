# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_advisor_result_block`: the official path of these types."""

from __future__ import annotations

from .._models.advisor_result_block import AdvisorResultBlock as BetaAdvisorResultBlock

__all__ = [
    "BetaAdvisorResultBlock",
]
