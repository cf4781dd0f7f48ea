# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_web_search_tool_20260318_param`: the official path of these types."""

from __future__ import annotations

from .._params.user_location_param import UserLocationParam as UserLocation
from .._params.web_search_tool20260318_param import (
    WebSearchTool20260318Param as BetaWebSearchTool20260318Param,
)

__all__ = [
    "BetaWebSearchTool20260318Param",
    "UserLocation",
]
