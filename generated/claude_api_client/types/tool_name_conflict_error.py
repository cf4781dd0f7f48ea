# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_name_conflict_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import ToolNameConflictError as ToolNameConflictError

__all__ = [
    "ToolNameConflictError",
]
