# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_text_block import ManagedAgentsTextBlock


class ManagedAgentsEventDeltaEventContentDelta(APIModel):
    """Event delta event content delta."""

    type: Literal["content_delta"]
    """Always `content_delta`."""
    index: int | None = None
    """Position of the content block."""
    content: ManagedAgentsTextBlock
    """The content this delta adds, as content blocks."""
