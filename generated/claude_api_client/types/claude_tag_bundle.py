# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.claude_tag_bundle`: the official path of these types."""

from __future__ import annotations

from ._models.claude_tag_bundle import ClaudeTagBundle as ClaudeTagBundle

__all__ = [
    "ClaudeTagBundle",
]
