# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta_request_body_timeout_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import BetaRequestBodyTimeoutError as BetaRequestBodyTimeoutError

__all__ = [
    "BetaRequestBodyTimeoutError",
]
