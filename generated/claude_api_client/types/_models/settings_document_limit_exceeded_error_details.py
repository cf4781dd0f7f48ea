# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class SettingsDocumentLimitExceededErrorDetails(APIModel):
    """The settings document is larger than allowed."""

    error_code: Literal["settings_document_limit_exceeded"]
    """Always `settings_document_limit_exceeded`."""
