# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_toolset_20260801_param`: the official path of these types."""

from __future__ import annotations

from .._params.browser_toolset20260801_param import (
    BrowserToolset20260801Param as BetaBrowserToolset20260801Param,
)

__all__ = [
    "BetaBrowserToolset20260801Param",
]
