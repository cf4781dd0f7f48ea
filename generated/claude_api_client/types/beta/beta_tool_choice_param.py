# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_choice_param`: the official path of these types."""

from __future__ import annotations

from .._params.tool_choice_param import ToolChoiceParam as BetaToolChoiceParam

__all__ = [
    "BetaToolChoiceParam",
]
