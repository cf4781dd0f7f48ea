# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.request_body_encoding_unsupported_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import (
    RequestBodyEncodingUnsupportedError as RequestBodyEncodingUnsupportedError,
)

__all__ = [
    "RequestBodyEncodingUnsupportedError",
]
