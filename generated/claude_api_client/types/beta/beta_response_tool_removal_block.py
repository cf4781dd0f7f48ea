# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_response_tool_removal_block`: the official path of these types."""

from __future__ import annotations

from .._models.tool_change_reference import ToolChangeReference as Tool
from .._models.tool_removal_block import ToolRemovalBlock as BetaResponseToolRemovalBlock

__all__ = [
    "BetaResponseToolRemovalBlock",
    "Tool",
]
