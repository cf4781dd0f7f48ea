# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsAgentArchivedRunError(APIModel):
    """Agent archived run error."""

    type: Literal["agent_archived_error"]
    """Object type tag."""
    message: str
    """Human-readable message."""
