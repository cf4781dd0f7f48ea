# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.web_search_tool_20250305_param`: the official path of these types."""

from __future__ import annotations

from ._params.user_location_param import UserLocationParam as UserLocation
from ._params.web_search_tool20250305_param import (
    WebSearchTool20250305Param as WebSearchTool20250305Param,
)

__all__ = [
    "UserLocation",
    "WebSearchTool20250305Param",
]
