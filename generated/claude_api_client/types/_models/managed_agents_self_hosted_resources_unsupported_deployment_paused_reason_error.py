# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsSelfHostedResourcesUnsupportedDeploymentPausedReasonError(APIModel):
    """Self hosted resources unsupported deployment paused reason error."""

    type: Literal["self_hosted_resources_unsupported_error"]
    """Always `self_hosted_resources_unsupported_error`."""
