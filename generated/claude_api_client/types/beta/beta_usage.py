# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_usage`: the official path of these types."""

from __future__ import annotations

from .._models.usage import Usage as BetaUsage

__all__ = [
    "BetaUsage",
]
