# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .message_batch_processing_status import MessageBatchProcessingStatus
from .message_batch_request_counts import MessageBatchRequestCounts


class MessageBatch(APIModel):
    """A batch of Messages requests and where its processing stands."""

    id: str
    """Identifier of the batch."""
    type: Literal["message_batch"]
    """Always `message_batch`."""
    processing_status: MessageBatchProcessingStatus
    """Whether the batch is still running, being canceled, or finished."""
    request_counts: MessageBatchRequestCounts
    """Number of requests in each state."""
    created_at: WireDateTime
    """When the batch was created."""
    expires_at: WireDateTime
    """When unfinished requests will expire (24 hours after creation)."""
    ended_at: WireDateTime | None = None
    """When processing finished for every request; null until then."""
    cancel_initiated_at: WireDateTime | None = None
    """When cancellation was requested; null if it never was."""
    archived_at: WireDateTime | None = None
    """When the batch was archived and its results stopped being available."""
    results_url: str | None = None
    """Where to download the JSONL results once the batch has ended; results are not in request order."""
