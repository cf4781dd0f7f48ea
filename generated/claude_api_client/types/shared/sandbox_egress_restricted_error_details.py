# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.sandbox_egress_restricted_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.sandbox_egress_restricted_error_details import (
    SandboxEgressRestrictedErrorDetails as SandboxEgressRestrictedErrorDetails,
)

__all__ = [
    "SandboxEgressRestrictedErrorDetails",
]
