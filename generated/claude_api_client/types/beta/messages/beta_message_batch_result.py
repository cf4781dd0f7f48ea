# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.messages.beta_message_batch_result`: the official path of these types."""

from __future__ import annotations

from ..._models.message_batch_result import MessageBatchResult as BetaMessageBatchResult

__all__ = [
    "BetaMessageBatchResult",
]
