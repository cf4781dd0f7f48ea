# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_message_delta`: the official path of these types."""

from __future__ import annotations

from .._models.message_delta import MessageDelta as BetaMessageDelta

__all__ = [
    "BetaMessageDelta",
]
