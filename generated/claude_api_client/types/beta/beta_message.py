# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_message`: the official path of these types."""

from __future__ import annotations

from .._models.message import Message as BetaMessage

__all__ = [
    "BetaMessage",
]
