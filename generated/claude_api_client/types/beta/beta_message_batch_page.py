# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_message_batch_page`: the official path of these types."""

from __future__ import annotations

from .._models.message_batch_page import MessageBatchPage as BetaMessageBatchPage

__all__ = [
    "BetaMessageBatchPage",
]
