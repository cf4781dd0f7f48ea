# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_choice_tool_param`: the official path of these types."""

from __future__ import annotations

from .._params.tool_choice_tool_param import ToolChoiceToolParam as BetaToolChoiceToolParam

__all__ = [
    "BetaToolChoiceToolParam",
]
