# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.clear_thinking_20251015_edit_response`: the official path of these types."""

from __future__ import annotations

from ._models.clear_thinking20251015_edit_response import (
    ClearThinking20251015EditResponse as ClearThinking20251015EditResponse,
)

__all__ = [
    "ClearThinking20251015EditResponse",
]
