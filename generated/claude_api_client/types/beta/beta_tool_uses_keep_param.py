# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_uses_keep_param`: the official path of these types."""

from __future__ import annotations

from .._params.tool_uses_keep_param import ToolUsesKeepParam as BetaToolUsesKeepParam

__all__ = [
    "BetaToolUsesKeepParam",
]
