# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class OrganizationInfo(APIModel):
    """The organization that the admin key belongs to."""

    id: str
    """ID of the organization."""
    name: str
    """The organization's name."""
    type: Literal["organization"]
    """Always `organization`."""
