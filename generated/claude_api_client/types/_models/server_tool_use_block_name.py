# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ServerToolUseBlockName: TypeAlias = Literal[
        "web_search",
        "web_fetch",
        "code_execution",
        "bash_code_execution",
        "text_editor_code_execution",
        "tool_search_tool_regex",
        "tool_search_tool_bm25",
        "advisor",
    ]
else:

    class ServerToolUseBlockName(OpenEnum):
        """Server tool that was called."""

        WEB_SEARCH = "web_search"
        WEB_FETCH = "web_fetch"
        CODE_EXECUTION = "code_execution"
        BASH_CODE_EXECUTION = "bash_code_execution"
        TEXT_EDITOR_CODE_EXECUTION = "text_editor_code_execution"
        TOOL_SEARCH_TOOL_REGEX = "tool_search_tool_regex"
        TOOL_SEARCH_TOOL_BM25 = "tool_search_tool_bm25"
        ADVISOR = "advisor"
