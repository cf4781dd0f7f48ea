# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.thread_unsupported_request_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.thread_unsupported_request_error_details import (
    ThreadUnsupportedRequestErrorDetails as ThreadUnsupportedRequestErrorDetails,
)

__all__ = [
    "ThreadUnsupportedRequestErrorDetails",
]
