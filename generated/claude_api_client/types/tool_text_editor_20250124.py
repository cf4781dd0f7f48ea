# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_text_editor_20250124`: the official path of these types."""

from __future__ import annotations

from ._models.tool_text_editor20250124 import ToolTextEditor20250124 as ToolTextEditor20250124

__all__ = [
    "ToolTextEditor20250124",
]
