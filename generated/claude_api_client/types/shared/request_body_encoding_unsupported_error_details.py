# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.request_body_encoding_unsupported_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.request_body_encoding_unsupported_error_details import (
    RequestBodyEncodingUnsupportedErrorDetails as RequestBodyEncodingUnsupportedErrorDetails,
)

__all__ = [
    "RequestBodyEncodingUnsupportedErrorDetails",
]
