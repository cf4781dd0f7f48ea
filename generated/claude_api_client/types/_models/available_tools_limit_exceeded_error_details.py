# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class AvailableToolsLimitExceededErrorDetails(APIModel):
    """The request makes more tools available than allowed."""

    error_code: Literal["available_tools_limit_exceeded"]
    """Always `available_tools_limit_exceeded`."""
