# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ConcurrentMembershipChangeErrorDetails(APIModel):
    """Another change to the organization's members is under way; retry once it is done."""

    error_code: Literal["concurrent_membership_change"]
    """Always `concurrent_membership_change`."""
