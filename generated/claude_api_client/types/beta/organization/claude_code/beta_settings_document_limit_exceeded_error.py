# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.claude_code.beta_settings_document_limit_exceeded_error`: the official path of these types."""

from __future__ import annotations

from ....._error_classes import (
    SettingsDocumentLimitExceededError as BetaSettingsDocumentLimitExceededError,
)

__all__ = [
    "BetaSettingsDocumentLimitExceededError",
]
