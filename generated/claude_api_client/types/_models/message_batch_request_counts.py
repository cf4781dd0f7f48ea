# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class MessageBatchRequestCounts(APIModel):
    """How many requests of a batch are in each state; the counts add up to the batch size."""

    processing: int
    succeeded: int
    errored: int
    canceled: int
    expired: int
