# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class DeletedMessageBatch(APIModel):
    """Confirmation that a Message Batch was deleted."""

    id: str
    """Identifier of the deleted batch."""
    type: Literal["message_batch_deleted"]
    """Always `message_batch_deleted`."""
