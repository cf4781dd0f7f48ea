# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsEnvironmentArchivedRunError(APIModel):
    """Environment archived run error."""

    type: Literal["environment_archived_error"]
    """Always `environment_archived_error`."""
    message: str
    """Human-readable message."""
