# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.response_tool_union`: the official path of these types."""

from __future__ import annotations

from ._models.response_tool_union import ResponseToolUnion as ResponseToolUnion

__all__ = [
    "ResponseToolUnion",
]
