# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class EnvironmentDeleteResponse(APIModel):
    """Confirms that an environment was deleted."""

    id: str
    """ID of the deleted environment."""
    type: Literal["environment_deleted"]
    """Always `environment_deleted`."""
