# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_bash_20250124`: the official path of these types."""

from __future__ import annotations

from ._models.tool_bash20250124 import ToolBash20250124 as ToolBash20250124

__all__ = [
    "ToolBash20250124",
]
