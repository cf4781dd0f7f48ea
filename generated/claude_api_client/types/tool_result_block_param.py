# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_result_block_param`: the official path of these types."""

from __future__ import annotations

from ._params.tool_result_block_param import ToolResultBlockParam as ToolResultBlockParam
from ._params.tool_result_content_block_param import ToolResultContentBlockParam as Content

__all__ = [
    "Content",
    "ToolResultBlockParam",
]
