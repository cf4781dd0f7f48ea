# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_response_tool_use_block_union`: the official path of these types."""

from __future__ import annotations

from .._models.toolset_tool_use_block import ToolsetToolUseBlock as BetaResponseToolUseBlockUnion

__all__ = [
    "BetaResponseToolUseBlockUnion",
]
