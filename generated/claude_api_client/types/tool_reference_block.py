# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_reference_block`: the official path of these types."""

from __future__ import annotations

from ._models.tool_reference_block import ToolReferenceBlock as ToolReferenceBlock

__all__ = [
    "ToolReferenceBlock",
]
