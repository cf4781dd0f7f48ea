# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class PluginTargetOrganizationMember(APIModel):
    """One member."""

    type: Literal["organization_member"]
    """Always `organization_member`."""
    user_id: str
    """ID of the member."""
