# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_response_tool_input_schema`: the official path of these types."""

from __future__ import annotations

from .._models.tool_input_schema import ToolInputSchema as BetaResponseToolInputSchema

__all__ = [
    "BetaResponseToolInputSchema",
]
