# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsSessionActor(APIModel):
    """A change made by an agent inside a session."""

    type: Literal["session_actor"]
    """Always `session_actor`."""
    session_id: str
    """ID of the session whose agent made the change."""
