# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_compact_20260112_edit_param`: the official path of these types."""

from __future__ import annotations

from .._params.compact20260112_edit_param import (
    Compact20260112EditParam as BetaCompact20260112EditParam,
)

__all__ = [
    "BetaCompact20260112EditParam",
]
