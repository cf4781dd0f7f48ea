# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta_invalid_request_error_object`: the official path of these types."""

from __future__ import annotations

from ._models.invalid_request_error import InvalidRequestError as BetaInvalidRequestErrorObject

__all__ = [
    "BetaInvalidRequestErrorObject",
]
