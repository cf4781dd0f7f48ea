# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.thread_not_found_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.thread_not_found_error_details import (
    ThreadNotFoundErrorDetails as ThreadNotFoundErrorDetails,
)

__all__ = [
    "ThreadNotFoundErrorDetails",
]
