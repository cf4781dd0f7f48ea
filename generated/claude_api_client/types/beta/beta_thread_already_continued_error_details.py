# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_thread_already_continued_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.thread_already_continued_error_details import (
    ThreadAlreadyContinuedErrorDetails as BetaThreadAlreadyContinuedErrorDetails,
)

__all__ = [
    "BetaThreadAlreadyContinuedErrorDetails",
]
