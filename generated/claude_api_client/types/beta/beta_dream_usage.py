# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_dream_usage`: the official path of these types."""

from __future__ import annotations

from .._models.dream_usage import DreamUsage as BetaDreamUsage

__all__ = [
    "BetaDreamUsage",
]
