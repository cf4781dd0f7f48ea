# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_error_object`: the official path of these types."""

from __future__ import annotations

from .._models.error_object import ErrorObject as BetaErrorObject

__all__ = [
    "BetaErrorObject",
]
