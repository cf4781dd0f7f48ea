# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsEventStartEventAgentThinkingPreview(APIModel):
    """Event start event agent thinking preview."""

    type: Literal["agent.thinking"]
    """Always `agent.thinking`."""
    id: str
    """ID of the event this preview is for."""
