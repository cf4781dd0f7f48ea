# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_deployment_paused_reason_error import (
    ManagedAgentsDeploymentPausedReasonError,
)


class ManagedAgentsErrorDeploymentPausedReason(APIModel):
    """Error deployment paused reason."""

    type: Literal["error"]
    """Always `error`."""
    error: ManagedAgentsDeploymentPausedReasonError
    """What went wrong."""
