# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_caller_param`: the official path of these types."""

from __future__ import annotations

from ._params.tool_caller_param import ToolCallerParam as ToolCallerParam

__all__ = [
    "ToolCallerParam",
]
