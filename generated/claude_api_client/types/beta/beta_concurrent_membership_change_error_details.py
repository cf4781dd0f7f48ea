# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_concurrent_membership_change_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.concurrent_membership_change_error_details import (
    ConcurrentMembershipChangeErrorDetails as BetaConcurrentMembershipChangeErrorDetails,
)

__all__ = [
    "BetaConcurrentMembershipChangeErrorDetails",
]
