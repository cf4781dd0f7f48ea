# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class EnvironmentNotFoundErrorDetails(APIModel):
    """`settings.environment_id` names no environment the organization can reach."""

    error_code: Literal["environment_not_found"]
    """Always `environment_not_found`."""
