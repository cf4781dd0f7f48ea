# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class TelemetryDestinationWorkspacesInclude(APIModel):
    """Only the workspaces on the destination's list."""

    type: Literal["include"]
    """Always `include`."""
