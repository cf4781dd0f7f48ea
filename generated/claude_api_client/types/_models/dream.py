# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .dream_error import DreamError
from .dream_input import DreamInput
from .dream_memory_store_output import DreamMemoryStoreOutput
from .dream_model_config import DreamModelConfig
from .dream_status import DreamStatus
from .dream_usage import DreamUsage
from .output_behavior import OutputBehavior


class Dream(APIModel):
    """A background job that consolidates a memory store using past session transcripts."""

    type: Literal["dream"]
    """Always `dream`."""
    id: str
    """ID of the dream."""
    inputs: list[DreamInput]
    """What the dream reads."""
    outputs: list[DreamMemoryStoreOutput]
    """What the dream wrote, once known."""
    status: DreamStatus
    """Where the dream is in its life."""
    created_at: WireDateTime
    """When it was created (RFC 3339)."""
    ended_at: WireDateTime | None = None
    """When the dream finished, failed or was canceled; null while it runs."""
    archived_at: WireDateTime | None = None
    """When it was archived (RFC 3339); null while active."""
    error: DreamError | None = None
    """Why the dream failed; null unless `status` is `failed`."""
    model: DreamModelConfig
    """The model the dream runs on."""
    instructions: str | None = None
    """Extra guidance for the consolidation; null if none."""
    session_id: str | None = None
    """ID of the session that runs the dream; null until it starts."""
    usage: DreamUsage
    """Tokens used so far."""
    output_behavior: OutputBehavior
    """Where the result is written."""
