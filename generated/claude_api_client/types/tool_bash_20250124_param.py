# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_bash_20250124_param`: the official path of these types."""

from __future__ import annotations

from ._params.tool_bash20250124_param import ToolBash20250124Param as ToolBash20250124Param

__all__ = [
    "ToolBash20250124Param",
]
