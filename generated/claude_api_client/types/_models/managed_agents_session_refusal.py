# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsSessionRefusal(APIModel):
    """The turn ended on a refusal (a safety classifier stopped the model's answer)."""

    type: Literal["refusal"]
    """Always `refusal`."""
