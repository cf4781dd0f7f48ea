# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta_gcp_project_controlled_by_another_organization_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import (
    BetaGCPProjectControlledByAnotherOrganizationError as BetaGCPProjectControlledByAnotherOrganizationError,
)

__all__ = [
    "BetaGCPProjectControlledByAnotherOrganizationError",
]
