# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_container`: the official path of these types."""

from __future__ import annotations

from .._models.container import Container as BetaContainer

__all__ = [
    "BetaContainer",
]
