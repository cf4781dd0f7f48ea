# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsOrganizationDisabledRunError(APIModel):
    """Organization disabled run error."""

    type: Literal["organization_disabled_error"]
    """Always `organization_disabled_error`."""
    message: str
    """Human-readable message."""
