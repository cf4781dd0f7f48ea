# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_retry_status import ManagedAgentsRetryStatus


class ManagedAgentsModelOverloadedError(APIModel):
    """Model overloaded error."""

    type: Literal["model_overloaded_error"]
    """Always `model_overloaded_error`."""
    message: str
    """Human-readable message."""
    retry_status: ManagedAgentsRetryStatus
    """Whether the API will retry."""
