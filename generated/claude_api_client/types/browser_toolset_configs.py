# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_toolset_configs`: the official path of these types."""

from __future__ import annotations

from ._models.browser_toolset_configs import BrowserToolsetConfigs as BrowserToolsetConfigs

__all__ = [
    "BrowserToolsetConfigs",
]
