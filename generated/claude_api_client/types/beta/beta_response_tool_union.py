# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_response_tool_union`: the official path of these types."""

from __future__ import annotations

from .._models.response_tool_union import ResponseToolUnion as BetaResponseToolUnion

__all__ = [
    "BetaResponseToolUnion",
]
