# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.linked_organization_spend_limit_reached_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import (
    LinkedOrganizationSpendLimitReachedError as LinkedOrganizationSpendLimitReachedError,
)

__all__ = [
    "LinkedOrganizationSpendLimitReachedError",
]
