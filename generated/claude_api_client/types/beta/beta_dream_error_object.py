# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_dream_error_object`: the official path of these types."""

from __future__ import annotations

from .._models.dream_error import DreamError as BetaDreamErrorObject

__all__ = [
    "BetaDreamErrorObject",
]
