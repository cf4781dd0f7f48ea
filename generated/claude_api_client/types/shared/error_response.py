# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.error_response`: the official path of these types."""

from __future__ import annotations

from .._models.error_response import ErrorResponse as ErrorResponse

__all__ = [
    "ErrorResponse",
]
