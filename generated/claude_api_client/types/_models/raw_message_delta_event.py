# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .context_management_response import ContextManagementResponse
from .input_transformation import InputTransformation
from .message_delta import MessageDelta
from .message_delta_usage import MessageDeltaUsage


class RawMessageDeltaEvent(APIModel):
    """Changes to top-level message fields, with cumulative usage."""

    delta: MessageDelta
    """Top-level message fields that changed."""
    type: Literal["message_delta"]
    """Always `message_delta`."""
    usage: MessageDeltaUsage
    """Cumulative token counts so far."""
    context_management: ContextManagementResponse | None = None
    """Context-management edits the API applied."""
    input_transformations: list[InputTransformation] | None = None
    """Changes the API made to the request's input before the model saw it, one entry per block, in request order."""
