# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_name_conflict_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.tool_name_conflict_error_details import (
    ToolNameConflictErrorDetails as ToolNameConflictErrorDetails,
)

__all__ = [
    "ToolNameConflictErrorDetails",
]
