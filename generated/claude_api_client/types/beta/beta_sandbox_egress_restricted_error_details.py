# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_sandbox_egress_restricted_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.sandbox_egress_restricted_error_details import (
    SandboxEgressRestrictedErrorDetails as BetaSandboxEgressRestrictedErrorDetails,
)

__all__ = [
    "BetaSandboxEgressRestrictedErrorDetails",
]
