# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.message_content_param`: the official path of these types."""

from __future__ import annotations

from ._params.message_content_param import MessageContentParam as MessageContentParam

__all__ = [
    "MessageContentParam",
]
