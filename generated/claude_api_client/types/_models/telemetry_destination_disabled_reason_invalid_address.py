# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class TelemetryDestinationDisabledReasonInvalidAddress(APIModel):
    """The API disabled the destination: its address is not allowed."""

    type: Literal["invalid_address"]
    """Always `invalid_address`."""
