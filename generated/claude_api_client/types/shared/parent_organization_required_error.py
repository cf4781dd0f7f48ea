# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.parent_organization_required_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import ParentOrganizationRequiredError as ParentOrganizationRequiredError

__all__ = [
    "ParentOrganizationRequiredError",
]
