# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class RegistrationPendingErrorDetails(APIModel):
    """The plugin version's registration has not finished yet."""

    error_code: Literal["registration_pending"]
    """Always `registration_pending`."""
    plugin_id: str
    """ID of the plugin."""
    plugin_version_id: str
    """ID of the plugin version."""
