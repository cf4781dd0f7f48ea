# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class MessageBatchRequestCounts(APIModel):
    """How many requests of a batch are in each state; the counts add up to the batch size."""

    processing: int
    """Requests still being worked on."""
    succeeded: int
    """Requests that produced a message (zero until the whole batch has ended)."""
    errored: int
    """Requests that failed (zero until the whole batch has ended)."""
    canceled: int
    """Requests dropped because the batch was canceled (zero until the whole batch has ended)."""
    expired: int
    """Requests not reached before the batch expired (zero until the whole batch has ended)."""
