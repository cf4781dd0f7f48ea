# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.web_fetch_tool_result_error_code`: the official path of these types."""

from __future__ import annotations

from ._models.web_fetch_tool_result_error_code import (
    WebFetchToolResultErrorCode as WebFetchToolResultErrorCode,
)

__all__ = [
    "WebFetchToolResultErrorCode",
]
