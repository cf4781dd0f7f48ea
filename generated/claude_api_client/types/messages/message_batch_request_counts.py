# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.messages.message_batch_request_counts`: the official path of these types."""

from __future__ import annotations

from .._models.message_batch_request_counts import (
    MessageBatchRequestCounts as MessageBatchRequestCounts,
)

__all__ = [
    "MessageBatchRequestCounts",
]
