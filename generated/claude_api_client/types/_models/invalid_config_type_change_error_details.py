# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class InvalidConfigTypeChangeErrorDetails(APIModel):
    """`config.type` differs from the environment's, which is fixed when the environment is created."""

    error_code: Literal["invalid_config_type_change"]
    """Always `invalid_config_type_change`."""
