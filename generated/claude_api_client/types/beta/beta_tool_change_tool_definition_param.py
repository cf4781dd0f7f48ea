# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_change_tool_definition_param`: the official path of these types."""

from __future__ import annotations

from .._params.tool_change_tool_definition_param import (
    ToolChangeToolDefinitionParam as BetaToolChangeToolDefinitionParam,
)

__all__ = [
    "BetaToolChangeToolDefinitionParam",
]
