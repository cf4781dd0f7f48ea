# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.message_tokens_count`: the official path of these types."""

from __future__ import annotations

from ._models.message_tokens_count import MessageTokensCount as MessageTokensCount

__all__ = [
    "MessageTokensCount",
]
