# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_output_tokens_details`: the official path of these types."""

from __future__ import annotations

from .._models.output_tokens_details import OutputTokensDetails as BetaOutputTokensDetails

__all__ = [
    "BetaOutputTokensDetails",
]
