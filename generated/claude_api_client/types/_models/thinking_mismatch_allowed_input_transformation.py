# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .input_transformation_reason import InputTransformationReason


class ThinkingMismatchAllowedInputTransformation(APIModel):
    """A thinking block of the request that failed a binding check and was shown to the model unchanged."""

    path: str
    """Where the block is in the request, as `messages.<i>.content.<j>`."""
    reason: InputTransformationReason
    """Which binding check it failed."""
    type: Literal["thinking_mismatch_allowed"]
    """Always `thinking_mismatch_allowed`."""
