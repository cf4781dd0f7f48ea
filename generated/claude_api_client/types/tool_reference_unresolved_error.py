# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_reference_unresolved_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import ToolReferenceUnresolvedError as ToolReferenceUnresolvedError

__all__ = [
    "ToolReferenceUnresolvedError",
]
