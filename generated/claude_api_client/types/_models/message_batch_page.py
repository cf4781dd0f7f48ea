# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .message_batch import MessageBatch


class MessageBatchPage(APIModel):
    """One page of Message Batches, newest first, with the cursors for the neighbouring pages."""

    data: list[MessageBatch]
    has_more: bool
    first_id: str | None = None
    last_id: str | None = None
