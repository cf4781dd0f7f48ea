# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ScanFailedErrorDetails(APIModel):
    """The security scan of the plugin version failed."""

    error_code: Literal["scan_failed"]
    """Always `scan_failed`."""
    plugin_version_id: str
    """ID of the plugin version."""
