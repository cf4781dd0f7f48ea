# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_approval_required_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.approval_required_error_details import (
    ApprovalRequiredErrorDetails as BetaApprovalRequiredErrorDetails,
)

__all__ = [
    "BetaApprovalRequiredErrorDetails",
]
