# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.organization_on_hold_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import OrganizationOnHoldError as OrganizationOnHoldError

__all__ = [
    "OrganizationOnHoldError",
]
