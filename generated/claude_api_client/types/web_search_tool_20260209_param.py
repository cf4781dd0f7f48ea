# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.web_search_tool_20260209_param`: the official path of these types."""

from __future__ import annotations

from ._params.user_location_param import UserLocationParam as UserLocation
from ._params.web_search_tool20260209_param import (
    WebSearchTool20260209Param as WebSearchTool20260209Param,
)

__all__ = [
    "UserLocation",
    "WebSearchTool20260209Param",
]
