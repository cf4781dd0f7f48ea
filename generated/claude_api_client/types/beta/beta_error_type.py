# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_error_type`: the official path of these types."""

from __future__ import annotations

from .._models.error_type import ErrorType as BetaErrorType

__all__ = [
    "BetaErrorType",
]
