# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.plugin_content_scan_assessment`: the official path of these types."""

from __future__ import annotations

from ._models.plugin_content_scan_assessment import (
    PluginContentScanAssessment as PluginContentScanAssessment,
)

__all__ = [
    "PluginContentScanAssessment",
]
