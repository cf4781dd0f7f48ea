# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class RBACOrganizationPermissionResource(APIModel):
    """The permission is on the organization."""

    organization_id: str
    """ID of the organization."""
    type: Literal["organization"]
    """Always `organization`."""
