# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsSessionCreationRejectedRunError(APIModel):
    """Session creation rejected run error."""

    type: Literal["session_creation_rejected_error"]
    """Always `session_creation_rejected_error`."""
    message: str
    """Human-readable message."""
