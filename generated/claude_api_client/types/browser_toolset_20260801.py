# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_toolset_20260801`: the official path of these types."""

from __future__ import annotations

from ._models.browser_toolset20260801 import BrowserToolset20260801 as BrowserToolset20260801

__all__ = [
    "BrowserToolset20260801",
]
