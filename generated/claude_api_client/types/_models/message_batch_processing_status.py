# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import OpenEnum


class MessageBatchProcessingStatus(OpenEnum):
    """Whether the batch is still running, being canceled, or finished."""

    IN_PROGRESS = "in_progress"
    CANCELING = "canceling"
    ENDED = "ended"
