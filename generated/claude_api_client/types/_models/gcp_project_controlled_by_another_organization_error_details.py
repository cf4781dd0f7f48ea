# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class GCPProjectControlledByAnotherOrganizationErrorDetails(APIModel):
    """Another organization has (or recently had) data controls on this Google Cloud project; the message says how long to wait."""

    error_code: Literal["gcp_project_controlled_by_another_organization"]
    """Always `gcp_project_controlled_by_another_organization`."""
