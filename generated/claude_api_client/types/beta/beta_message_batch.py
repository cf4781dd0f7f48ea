# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_message_batch`: the official path of these types."""

from __future__ import annotations

from .._models.message_batch import MessageBatch as BetaMessageBatch

__all__ = [
    "BetaMessageBatch",
]
