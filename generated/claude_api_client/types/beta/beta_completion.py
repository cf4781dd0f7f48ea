# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_completion`: the official path of these types."""

from __future__ import annotations

from .._models.completion import Completion as BetaCompletion

__all__ = [
    "BetaCompletion",
]
