# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_text_editor_20250429`: the official path of these types."""

from __future__ import annotations

from .._models.tool_text_editor20250429 import ToolTextEditor20250429 as BetaToolTextEditor20250429

__all__ = [
    "BetaToolTextEditor20250429",
]
