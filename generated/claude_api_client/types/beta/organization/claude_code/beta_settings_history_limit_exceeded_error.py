# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.claude_code.beta_settings_history_limit_exceeded_error`: the official path of these types."""

from __future__ import annotations

from ....._error_classes import (
    SettingsHistoryLimitExceededError as BetaSettingsHistoryLimitExceededError,
)

__all__ = [
    "BetaSettingsHistoryLimitExceededError",
]
