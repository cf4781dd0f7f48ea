# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_plugin`: the official path of these types."""

from __future__ import annotations

from .._models.plugin import Plugin as BetaPlugin

__all__ = [
    "BetaPlugin",
]
