# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class OrganizationNotEnrolledInBetaErrorDetails(APIModel):
    """The beta this endpoint needs is not turned on for the organization (the message names it)."""

    error_code: Literal["organization_not_enrolled_in_beta"]
    """Always `organization_not_enrolled_in_beta`."""
