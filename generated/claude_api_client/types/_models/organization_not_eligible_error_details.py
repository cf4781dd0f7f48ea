# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class OrganizationNotEligibleErrorDetails(APIModel):
    """The feature is not offered to this organization (the message says which kind of organization it is for)."""

    error_code: Literal["organization_not_eligible"]
    """Always `organization_not_eligible`."""
