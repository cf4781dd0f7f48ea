# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_dream_status`: the official path of these types."""

from __future__ import annotations

from .._models.dream_status import DreamStatus as BetaDreamStatus

__all__ = [
    "BetaDreamStatus",
]
