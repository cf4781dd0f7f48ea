# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.message_batch_processing_status`: the official path of these types."""

from __future__ import annotations

from ._models.message_batch_processing_status import (
    MessageBatchProcessingStatus as MessageBatchProcessingStatus,
)

__all__ = [
    "MessageBatchProcessingStatus",
]
