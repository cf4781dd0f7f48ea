# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_approval_required_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import BetaApprovalRequiredError as BetaApprovalRequiredError

__all__ = [
    "BetaApprovalRequiredError",
]
