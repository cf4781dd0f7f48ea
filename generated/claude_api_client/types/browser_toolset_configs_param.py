# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_toolset_configs_param`: the official path of these types."""

from __future__ import annotations

from ._params.browser_toolset_configs_param import (
    BrowserToolsetConfigsParam as BrowserToolsetConfigsParam,
)

__all__ = [
    "BrowserToolsetConfigsParam",
]
