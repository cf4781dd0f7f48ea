# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_param`: the official path of these types."""

from __future__ import annotations

from .._params.tool_input_schema_param import ToolInputSchemaParam as InputSchema
from .._params.tool_param import ToolParam as BetaToolParam

__all__ = [
    "BetaToolParam",
    "InputSchema",
]
