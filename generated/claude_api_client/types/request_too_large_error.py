# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.request_too_large_error`: the official path of these types."""

from __future__ import annotations

from ._models.request_too_large_error import RequestTooLargeError as RequestTooLargeError

__all__ = [
    "RequestTooLargeError",
]
