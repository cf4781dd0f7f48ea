# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_choice_auto_param`: the official path of these types."""

from __future__ import annotations

from .._params.tool_choice_auto_param import ToolChoiceAutoParam as BetaToolChoiceAutoParam

__all__ = [
    "BetaToolChoiceAutoParam",
]
