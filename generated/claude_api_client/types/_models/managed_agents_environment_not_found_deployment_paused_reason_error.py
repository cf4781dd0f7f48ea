# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsEnvironmentNotFoundDeploymentPausedReasonError(APIModel):
    """Environment not found deployment paused reason error."""

    type: Literal["environment_not_found_error"]
    """Always `environment_not_found_error`."""
