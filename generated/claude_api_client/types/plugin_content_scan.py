# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.plugin_content_scan`: the official path of these types."""

from __future__ import annotations

from ._models.plugin_content_scan import PluginContentScan as PluginContentScan

__all__ = [
    "PluginContentScan",
]
