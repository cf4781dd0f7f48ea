# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ThreadContinueInFlightErrorDetails(APIModel):
    """Another request is continuing this thread right now."""

    error_code: Literal["thread_continue_in_flight"]
    """Always `thread_continue_in_flight`."""
