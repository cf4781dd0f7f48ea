# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsMultiagentAdvisorEnabled(APIModel):
    """The primary thread may ask an advisor model for help in the middle of a turn."""

    type: Literal["enabled"]
    """Always `enabled`."""
    model: str
    """ID of the advisor model."""
