# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization_info`: the official path of these types."""

from __future__ import annotations

from ._models.organization_info import OrganizationInfo as OrganizationInfo

__all__ = [
    "OrganizationInfo",
]
