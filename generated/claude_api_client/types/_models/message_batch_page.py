# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .message_batch import MessageBatch


class MessageBatchPage(APIModel):
    """One page of Message Batches, newest first, with the cursors for the neighbouring pages."""

    data: list[MessageBatch]
    """The batches on this page."""
    has_more: bool
    """True when more batches follow in the direction you paged."""
    first_id: str | None = None
    """ID of the first batch on the page; pass it as `before_id` for the previous page."""
    last_id: str | None = None
    """ID of the last batch on the page; pass it as `after_id` for the next page."""
