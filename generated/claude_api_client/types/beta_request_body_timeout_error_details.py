# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta_request_body_timeout_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.request_body_timeout_error_details import (
    RequestBodyTimeoutErrorDetails as BetaRequestBodyTimeoutErrorDetails,
)

__all__ = [
    "BetaRequestBodyTimeoutErrorDetails",
]
