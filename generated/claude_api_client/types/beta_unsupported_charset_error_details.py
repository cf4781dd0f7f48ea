# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta_unsupported_charset_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.unsupported_charset_error_details import (
    UnsupportedCharsetErrorDetails as BetaUnsupportedCharsetErrorDetails,
)

__all__ = [
    "BetaUnsupportedCharsetErrorDetails",
]
