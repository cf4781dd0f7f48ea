# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_input_schema_param`: the official path of these types."""

from __future__ import annotations

from ._params.tool_input_schema_param import ToolInputSchemaParam as ToolInputSchemaParam

__all__ = [
    "ToolInputSchemaParam",
]
