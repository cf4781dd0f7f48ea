# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime

from claude_api_client._core._model_base import APIModel

from .message_batch_processing_status import MessageBatchProcessingStatus
from .message_batch_request_counts import MessageBatchRequestCounts


class MessageBatch(APIModel):
    """A batch of Messages requests and where its processing stands."""

    id: str
    type: Literal["message_batch"]
    processing_status: MessageBatchProcessingStatus
    request_counts: MessageBatchRequestCounts
    created_at: AwareDatetime
    expires_at: AwareDatetime
    ended_at: AwareDatetime | None
    cancel_initiated_at: AwareDatetime | None
    archived_at: AwareDatetime | None
    results_url: str | None
