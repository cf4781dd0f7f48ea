# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.approval_required_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.approval_required_error_details import (
    ApprovalRequiredErrorDetails as ApprovalRequiredErrorDetails,
)

__all__ = [
    "ApprovalRequiredErrorDetails",
]
