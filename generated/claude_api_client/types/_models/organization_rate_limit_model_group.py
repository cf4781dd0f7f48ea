# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class OrganizationRateLimitModelGroup(APIModel):
    """Limits shared by a group of models."""

    id: str
    """ID of the model group."""
    display_name: str
    """The group's name for people to read."""
    type: Literal["model_group"]
    """Always `model_group`."""
