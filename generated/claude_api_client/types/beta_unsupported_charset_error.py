# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta_unsupported_charset_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import BetaUnsupportedCharsetError as BetaUnsupportedCharsetError

__all__ = [
    "BetaUnsupportedCharsetError",
]
