# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_reference_unresolved_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.tool_reference_unresolved_error_details import (
    ToolReferenceUnresolvedErrorDetails as BetaToolReferenceUnresolvedErrorDetails,
)

__all__ = [
    "BetaToolReferenceUnresolvedErrorDetails",
]
