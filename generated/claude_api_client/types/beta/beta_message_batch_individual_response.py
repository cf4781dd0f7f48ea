# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_message_batch_individual_response`: the official path of these types."""

from __future__ import annotations

from .._models.message_batch_individual_response import (
    MessageBatchIndividualResponse as BetaMessageBatchIndividualResponse,
)

__all__ = [
    "BetaMessageBatchIndividualResponse",
]
