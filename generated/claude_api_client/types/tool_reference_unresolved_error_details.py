# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_reference_unresolved_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.tool_reference_unresolved_error_details import (
    ToolReferenceUnresolvedErrorDetails as ToolReferenceUnresolvedErrorDetails,
)

__all__ = [
    "ToolReferenceUnresolvedErrorDetails",
]
