# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.thinking_capability`: the official path of these types."""

from __future__ import annotations

from ._models.thinking_capability import ThinkingCapability as ThinkingCapability

__all__ = [
    "ThinkingCapability",
]
