# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_toolset_20260801`: the official path of these types."""

from __future__ import annotations

from .._models.browser_toolset20260801 import BrowserToolset20260801 as BetaBrowserToolset20260801

__all__ = [
    "BetaBrowserToolset20260801",
]
