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
    type: Literal["message_delta"]
    usage: MessageDeltaUsage
    context_management: ContextManagementResponse | None = None
    input_transformations: list[InputTransformation] | None = None
