# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_text_editor_20241022_param`: the official path of these types."""

from __future__ import annotations

from ._params.tool_text_editor20241022_param import (
    ToolTextEditor20241022Param as ToolTextEditor20241022Param,
)

__all__ = [
    "ToolTextEditor20241022Param",
]
