# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_thread_continue_in_flight_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.thread_continue_in_flight_error_details import (
    ThreadContinueInFlightErrorDetails as BetaThreadContinueInFlightErrorDetails,
)

__all__ = [
    "BetaThreadContinueInFlightErrorDetails",
]
