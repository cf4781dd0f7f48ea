# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_dream_page`: the official path of these types."""

from __future__ import annotations

from .._models.dream_page import DreamPage as BetaDreamPage

__all__ = [
    "BetaDreamPage",
]
