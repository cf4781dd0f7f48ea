# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_message_count_tokens_tool_param`: the official path of these types."""

from __future__ import annotations

from .._params.tool_union_param import ToolUnionParam as BetaMessageCountTokensToolParam

__all__ = [
    "BetaMessageCountTokensToolParam",
]
