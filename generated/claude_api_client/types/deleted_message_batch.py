# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.deleted_message_batch`: the official path of these types."""

from __future__ import annotations

from ._models.deleted_message_batch import DeletedMessageBatch as DeletedMessageBatch

__all__ = [
    "DeletedMessageBatch",
]
