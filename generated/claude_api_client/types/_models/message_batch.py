# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel, WireDateTime

from .message_batch_processing_status import MessageBatchProcessingStatus
from .message_batch_request_counts import MessageBatchRequestCounts


class MessageBatch(APIModel):
    """A batch of Messages requests and where its processing stands."""

    id: str
    type: Literal["message_batch"]
    processing_status: MessageBatchProcessingStatus
    request_counts: MessageBatchRequestCounts
    created_at: WireDateTime
    expires_at: WireDateTime
    ended_at: WireDateTime | None = None
    cancel_initiated_at: WireDateTime | None = None
    archived_at: WireDateTime | None = None
    results_url: str | None = None
