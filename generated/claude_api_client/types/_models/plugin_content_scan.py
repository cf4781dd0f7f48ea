# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .plugin_content_scan_assessment import PluginContentScanAssessment
from .plugin_content_scan_status import PluginContentScanStatus


class PluginContentScan(APIModel):
    """The result of scanning a plugin's files."""

    assessment: PluginContentScanAssessment | None = None
    """The verdict, once the scan completed."""
    reason: str | None = None
    """Why the scan reached its verdict."""
    status: PluginContentScanStatus
    """Where the scan is."""
