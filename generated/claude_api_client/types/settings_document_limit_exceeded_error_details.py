# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.settings_document_limit_exceeded_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.settings_document_limit_exceeded_error_details import (
    SettingsDocumentLimitExceededErrorDetails as SettingsDocumentLimitExceededErrorDetails,
)

__all__ = [
    "SettingsDocumentLimitExceededErrorDetails",
]
