# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class SpendLimitOrganizationServiceScope(APIModel):
    """A limit for one service of the organization."""

    service: str
    """The service."""
    type: Literal["organization_service"]
    """Always `organization_service`."""
