# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta_api_error`: the official path of these types."""

from __future__ import annotations

from ._models.api_error_object import APIErrorObject as BetaAPIError

__all__ = [
    "BetaAPIError",
]
