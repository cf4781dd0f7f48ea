# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_use_caller`: the official path of these types."""

from __future__ import annotations

from ._models.tool_caller import ToolCaller as ToolUseCaller

__all__ = [
    "ToolUseCaller",
]
