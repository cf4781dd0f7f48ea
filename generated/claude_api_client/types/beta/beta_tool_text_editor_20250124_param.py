# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_text_editor_20250124_param`: the official path of these types."""

from __future__ import annotations

from .._params.tool_text_editor20250124_param import (
    ToolTextEditor20250124Param as BetaToolTextEditor20250124Param,
)

__all__ = [
    "BetaToolTextEditor20250124Param",
]
