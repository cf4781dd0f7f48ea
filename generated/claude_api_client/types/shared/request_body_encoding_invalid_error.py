# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.request_body_encoding_invalid_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import RequestBodyEncodingInvalidError as RequestBodyEncodingInvalidError

__all__ = [
    "RequestBodyEncodingInvalidError",
]
