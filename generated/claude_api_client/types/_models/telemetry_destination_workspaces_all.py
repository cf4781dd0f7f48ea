# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class TelemetryDestinationWorkspacesAll(APIModel):
    """Every workspace of the organization, present and future."""

    type: Literal["all"]
    """Always `all`."""
