# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    MessageBatchProcessingStatus: TypeAlias = Literal["in_progress", "canceling", "ended"]
else:

    class MessageBatchProcessingStatus(OpenEnum):
        """Whether the batch is still running, being canceled, or finished."""

        IN_PROGRESS = "in_progress"
        CANCELING = "canceling"
        ENDED = "ended"
