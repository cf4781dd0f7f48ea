# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_message_content_param`: the official path of these types."""

from __future__ import annotations

from .._params.message_content_param import MessageContentParam as BetaMessageContentParam

__all__ = [
    "BetaMessageContentParam",
]
