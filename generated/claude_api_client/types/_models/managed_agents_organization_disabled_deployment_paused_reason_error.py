# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsOrganizationDisabledDeploymentPausedReasonError(APIModel):
    """Organization disabled deployment paused reason error."""

    type: Literal["organization_disabled_error"]
    """Always `organization_disabled_error`."""
