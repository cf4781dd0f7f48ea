# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.request_body_too_large_after_decoding_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import (
    RequestBodyTooLargeAfterDecodingError as RequestBodyTooLargeAfterDecodingError,
)

__all__ = [
    "RequestBodyTooLargeAfterDecodingError",
]
