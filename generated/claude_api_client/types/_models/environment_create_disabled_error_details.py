# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class EnvironmentCreateDisabledErrorDetails(APIModel):
    """Anthropic has turned off creating environments for the organization; existing ones keep working."""

    error_code: Literal["environment_create_disabled"]
    """Always `environment_create_disabled`."""
