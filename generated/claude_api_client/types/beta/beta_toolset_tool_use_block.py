# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_toolset_tool_use_block`: the official path of these types."""

from __future__ import annotations

from .._models.toolset_tool_use_block import ToolsetToolUseBlock as BetaToolsetToolUseBlock

__all__ = [
    "BetaToolsetToolUseBlock",
]
