# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_plugin_content_scan_status`: the official path of these types."""

from __future__ import annotations

from .._models.plugin_content_scan_status import (
    PluginContentScanStatus as BetaPluginContentScanStatus,
)

__all__ = [
    "BetaPluginContentScanStatus",
]
