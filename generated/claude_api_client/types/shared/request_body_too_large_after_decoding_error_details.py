# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.request_body_too_large_after_decoding_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.request_body_too_large_after_decoding_error_details import (
    RequestBodyTooLargeAfterDecodingErrorDetails as RequestBodyTooLargeAfterDecodingErrorDetails,
)

__all__ = [
    "RequestBodyTooLargeAfterDecodingErrorDetails",
]
