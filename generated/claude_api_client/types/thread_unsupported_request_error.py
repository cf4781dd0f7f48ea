# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.thread_unsupported_request_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import ThreadUnsupportedRequestError as ThreadUnsupportedRequestError

__all__ = [
    "ThreadUnsupportedRequestError",
]
