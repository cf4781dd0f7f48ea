# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ToolSearchToolRegex20251119Type: TypeAlias = Literal[
        "tool_search_tool_regex_20251119", "tool_search_tool_regex"
    ]
else:

    class ToolSearchToolRegex20251119Type(OpenEnum):
        """Tool version tag; the short form without a date is also accepted."""

        TOOL_SEARCH_TOOL_REGEX_20251119 = "tool_search_tool_regex_20251119"
        TOOL_SEARCH_TOOL_REGEX = "tool_search_tool_regex"
