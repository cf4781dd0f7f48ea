# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.messages.message_batch`: the official path of these types."""

from __future__ import annotations

from .._models.message_batch import MessageBatch as MessageBatch

__all__ = [
    "MessageBatch",
]
