# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_text_editor_20241022`: the official path of these types."""

from __future__ import annotations

from .._models.tool_text_editor20241022 import ToolTextEditor20241022 as BetaToolTextEditor20241022

__all__ = [
    "BetaToolTextEditor20241022",
]
