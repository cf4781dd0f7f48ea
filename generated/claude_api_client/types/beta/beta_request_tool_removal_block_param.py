# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_request_tool_removal_block_param`: the official path of these types."""

from __future__ import annotations

from .._params.tool_change_reference_param import ToolChangeReferenceParam as Tool
from .._params.tool_removal_block_param import (
    ToolRemovalBlockParam as BetaRequestToolRemovalBlockParam,
)

__all__ = [
    "BetaRequestToolRemovalBlockParam",
    "Tool",
]
