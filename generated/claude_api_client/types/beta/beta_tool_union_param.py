# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_union_param`: the official path of these types."""

from __future__ import annotations

from .._params.tool_union_param import ToolUnionParam as BetaToolUnionParam

__all__ = [
    "BetaToolUnionParam",
]
