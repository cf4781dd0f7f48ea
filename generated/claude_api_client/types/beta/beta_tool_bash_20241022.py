# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_bash_20241022`: the official path of these types."""

from __future__ import annotations

from .._models.tool_bash20241022 import ToolBash20241022 as BetaToolBash20241022

__all__ = [
    "BetaToolBash20241022",
]
