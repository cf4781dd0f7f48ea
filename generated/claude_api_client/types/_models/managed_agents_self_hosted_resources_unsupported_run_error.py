# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsSelfHostedResourcesUnsupportedRunError(APIModel):
    """Self hosted resources unsupported run error."""

    type: Literal["self_hosted_resources_unsupported_error"]
    """Always `self_hosted_resources_unsupported_error`."""
    message: str
    """Human-readable message."""
