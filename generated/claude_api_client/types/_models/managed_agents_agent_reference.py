# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsAgentReference(APIModel):
    """Names an agent and one of its versions."""

    type: Literal["agent"]
    """Object type tag."""
    id: str
    """Unique identifier."""
    version: int
    """Version number."""
