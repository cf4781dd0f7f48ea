# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.clear_thinking_keep_param`: the official path of these types."""

from __future__ import annotations

from ._params.clear_thinking_keep_param import ClearThinkingKeepParam as ClearThinkingKeepParam

__all__ = [
    "ClearThinkingKeepParam",
]
