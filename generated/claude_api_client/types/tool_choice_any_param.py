# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_choice_any_param`: the official path of these types."""

from __future__ import annotations

from ._params.tool_choice_any_param import ToolChoiceAnyParam as ToolChoiceAnyParam

__all__ = [
    "ToolChoiceAnyParam",
]
