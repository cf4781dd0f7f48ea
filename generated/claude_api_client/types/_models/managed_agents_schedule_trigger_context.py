# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsScheduleTriggerContext(APIModel):
    """Schedule trigger context."""

    type: Literal["schedule"]
    """Always `schedule`."""
    scheduled_at: Timestamp
    """When the run was due (RFC 3339)."""
