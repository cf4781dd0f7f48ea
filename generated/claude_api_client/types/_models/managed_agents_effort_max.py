# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsEffortMax(APIModel):
    """Effort max."""

    type: Literal["max"]
    """Always `max`."""
