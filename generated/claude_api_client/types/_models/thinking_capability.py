# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .thinking_types import ThinkingTypes


class ThinkingCapability(APIModel):
    """Extended-thinking support and the thinking modes the model accepts."""

    supported: bool
    """True when the model can think before answering."""
    types: ThinkingTypes
    """Support per thinking mode."""
