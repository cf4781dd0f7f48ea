# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class RampLimitExceededErrorDetails(APIModel):
    """Usage grew faster than the account is allowed to ramp up."""

    error_code: Literal["ramp_limit_exceeded"]
    """Always `ramp_limit_exceeded`."""
