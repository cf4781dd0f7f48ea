# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.message_count_tokens_params`: the official path of these types."""

from __future__ import annotations

from .._params.beta_message_count_tokens_params import (
    BetaMessageCountTokensParams as MessageCountTokensParams,
)
from .._params.tool_union_param import ToolUnionParam as Tool

__all__ = [
    "MessageCountTokensParams",
    "Tool",
]
