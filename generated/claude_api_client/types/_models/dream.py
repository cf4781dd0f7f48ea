# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel, WireDateTime

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
    id: str
    inputs: list[DreamInput]
    outputs: list[DreamMemoryStoreOutput]
    status: DreamStatus
    created_at: WireDateTime
    ended_at: WireDateTime | None = None
    archived_at: WireDateTime | None = None
    error: DreamError | None = None
    model: DreamModelConfig
    instructions: str | None = None
    session_id: str | None = None
    usage: DreamUsage
    output_behavior: OutputBehavior
