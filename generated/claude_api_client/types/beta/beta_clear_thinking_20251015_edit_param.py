# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_clear_thinking_20251015_edit_param`: the official path of these types."""

from __future__ import annotations

from .._params.clear_thinking20251015_edit_param import (
    ClearThinking20251015EditParam as BetaClearThinking20251015EditParam,
)
from .._params.clear_thinking_keep_param import ClearThinkingKeepParam as Keep

__all__ = [
    "BetaClearThinking20251015EditParam",
    "Keep",
]
