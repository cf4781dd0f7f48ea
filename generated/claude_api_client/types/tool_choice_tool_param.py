# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_choice_tool_param`: the official path of these types."""

from __future__ import annotations

from ._params.tool_choice_tool_param import ToolChoiceToolParam as ToolChoiceToolParam

__all__ = [
    "ToolChoiceToolParam",
]
