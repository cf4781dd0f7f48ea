# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .message_batch_result import MessageBatchResult


class MessageBatchIndividualResponse(APIModel):
    """One line of a batch's JSONL results, the outcome of one request."""

    custom_id: str
    """The `custom_id` you gave the request; use it to match results to requests."""
    result: MessageBatchResult
    """What happened to the request."""
