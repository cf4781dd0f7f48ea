# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_system_message_param`: the official path of these types."""

from __future__ import annotations

from .._params.content_block_param import ContentBlockParam as ContentBlock
from .._params.message_param import MessageParam as BetaSystemMessageParam

__all__ = [
    "BetaSystemMessageParam",
    "ContentBlock",
]
