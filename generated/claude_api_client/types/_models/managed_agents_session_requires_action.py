# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsSessionRequiresAction(APIModel):
    """Session requires action."""

    type: Literal["requires_action"]
    """Always `requires_action`."""
    event_ids: list[str]
    """IDs of the events concerned."""
