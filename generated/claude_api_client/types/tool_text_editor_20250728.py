# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_text_editor_20250728`: the official path of these types."""

from __future__ import annotations

from ._models.tool_text_editor20250728 import ToolTextEditor20250728 as ToolTextEditor20250728

__all__ = [
    "ToolTextEditor20250728",
]
