# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsSessionRateLimitedRunError(APIModel):
    """Session rate limited run error."""

    type: Literal["session_rate_limited_error"]
    """Always `session_rate_limited_error`."""
    message: str
    """Human-readable message."""
