# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .input_transformation_reason import InputTransformationReason


class ThinkingDroppedInputTransformation(APIModel):
    """A thinking block of the request that failed a binding check and was removed before the model saw it."""

    path: str
    """Where the block is in the request, as `messages.<i>.content.<j>`."""
    reason: InputTransformationReason
    """Which binding check it failed."""
    type: Literal["thinking_dropped"]
    """Always `thinking_dropped`."""
