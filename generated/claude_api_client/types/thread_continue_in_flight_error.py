# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.thread_continue_in_flight_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import ThreadContinueInFlightError as ThreadContinueInFlightError

__all__ = [
    "ThreadContinueInFlightError",
]
