# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsAgentReference(APIModel):
    """Names an agent and one of its versions."""

    type: Literal["agent"]
    """Always `agent`."""
    id: str
    """ID of the agent."""
    version: int
    """Version of the agent reference."""
