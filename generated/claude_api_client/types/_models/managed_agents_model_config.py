# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .managed_agents_effort import ManagedAgentsEffort
from .managed_agents_model import ManagedAgentsModel
from .managed_agents_speed import ManagedAgentsSpeed


class ManagedAgentsModelConfig(APIModel):
    """The model an agent runs on, with its speed and effort settings."""

    id: ManagedAgentsModel
    """The model's ID, such as `claude-sonnet-4-5`."""
    speed: ManagedAgentsSpeed | None = None
    """Generation speed mode."""
    effort: ManagedAgentsEffort | None = None
    """How much effort the model spends."""
    inference_geo: str | None = None
    """Where inference runs."""
