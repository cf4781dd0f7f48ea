# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsBedrockSessionActor(APIModel):
    """Bedrock: a change made by an agent inside a session."""

    session_id: str
    """ID of the session whose agent made the change."""
    session_thread_id: str | None = None
    """Thread of the session that wrote."""
    tool_use_id: str | None = None
    """The tool use that wrote."""
    type: Literal["session_actor"]
    """Always `session_actor`."""
