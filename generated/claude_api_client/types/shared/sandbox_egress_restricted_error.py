# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.sandbox_egress_restricted_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import SandboxEgressRestrictedError as SandboxEgressRestrictedError

__all__ = [
    "SandboxEgressRestrictedError",
]
