# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.settings_history_limit_exceeded_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.settings_history_limit_exceeded_error_details import (
    SettingsHistoryLimitExceededErrorDetails as SettingsHistoryLimitExceededErrorDetails,
)

__all__ = [
    "SettingsHistoryLimitExceededErrorDetails",
]
