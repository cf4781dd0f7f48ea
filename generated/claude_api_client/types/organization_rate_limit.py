# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization_rate_limit`: the official path of these types."""

from __future__ import annotations

from ._models.organization_rate_limit import OrganizationRateLimit as OrganizationRateLimit

__all__ = [
    "OrganizationRateLimit",
]
