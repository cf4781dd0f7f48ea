# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsDeletedSession(APIModel):
    """Confirms that a session was deleted."""

    type: Literal["session_deleted"]
    """Always `session_deleted`."""
    id: str
    """ID of the deleted session."""
