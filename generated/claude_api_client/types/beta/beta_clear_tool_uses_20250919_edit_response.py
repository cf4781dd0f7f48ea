# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_clear_tool_uses_20250919_edit_response`: the official path of these types."""

from __future__ import annotations

from .._models.clear_tool_uses20250919_edit_response import (
    ClearToolUses20250919EditResponse as BetaClearToolUses20250919EditResponse,
)

__all__ = [
    "BetaClearToolUses20250919EditResponse",
]
