# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.web_search_tool_20260318_param`: the official path of these types."""

from __future__ import annotations

from ._params.user_location_param import UserLocationParam as UserLocation
from ._params.web_search_tool20260318_param import (
    WebSearchTool20260318Param as WebSearchTool20260318Param,
)

__all__ = [
    "UserLocation",
    "WebSearchTool20260318Param",
]
