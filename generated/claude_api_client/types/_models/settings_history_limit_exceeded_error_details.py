# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class SettingsHistoryLimitExceededErrorDetails(APIModel):
    """The settings changed more often than their history can keep."""

    error_code: Literal["settings_history_limit_exceeded"]
    """Always `settings_history_limit_exceeded`."""
