# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_removal_block_param`: the official path of these types."""

from __future__ import annotations

from ._params.tool_removal_block_param import ToolRemovalBlockParam as ToolRemovalBlockParam

__all__ = [
    "ToolRemovalBlockParam",
]
