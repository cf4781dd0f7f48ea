# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsAnthropicSkill(APIModel):
    """Anthropic skill."""

    type: Literal["anthropic"]
    """Always `anthropic`."""
    skill_id: str
    """ID of the skill."""
    version: str
    """Version of the Anthropic skill."""
