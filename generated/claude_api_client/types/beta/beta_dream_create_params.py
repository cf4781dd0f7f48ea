# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_dream_create_params`: the official path of these types."""

from __future__ import annotations

from .._params.dream_create_params import DreamCreateParams as BetaDreamCreateParams

__all__ = [
    "BetaDreamCreateParams",
]
