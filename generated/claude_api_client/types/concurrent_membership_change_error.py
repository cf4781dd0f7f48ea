# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.concurrent_membership_change_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import ConcurrentMembershipChangeError as ConcurrentMembershipChangeError

__all__ = [
    "ConcurrentMembershipChangeError",
]
