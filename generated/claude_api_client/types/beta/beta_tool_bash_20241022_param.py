# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_bash_20241022_param`: the official path of these types."""

from __future__ import annotations

from .._params.tool_bash20241022_param import ToolBash20241022Param as BetaToolBash20241022Param

__all__ = [
    "BetaToolBash20241022Param",
]
