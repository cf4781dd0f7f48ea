# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ScanPendingErrorDetails(APIModel):
    """The plugin version's security scan has not finished yet."""

    error_code: Literal["scan_pending"]
    """Always `scan_pending`."""
    plugin_version_id: str
    """ID of the plugin version."""
