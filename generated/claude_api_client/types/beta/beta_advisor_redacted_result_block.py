# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_advisor_redacted_result_block`: the official path of these types."""

from __future__ import annotations

from .._models.advisor_redacted_result_block import (
    AdvisorRedactedResultBlock as BetaAdvisorRedactedResultBlock,
)

__all__ = [
    "BetaAdvisorRedactedResultBlock",
]
