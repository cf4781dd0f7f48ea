# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class EnvironmentUpdateDisabledErrorDetails(APIModel):
    """Anthropic has turned off updating environments for the organization; existing ones keep working as they are."""

    error_code: Literal["environment_update_disabled"]
    """Always `environment_update_disabled`."""
