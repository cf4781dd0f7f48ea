# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.message_delta_usage`: the official path of these types."""

from __future__ import annotations

from ._models.message_delta_usage import MessageDeltaUsage as MessageDeltaUsage

__all__ = [
    "MessageDeltaUsage",
]
