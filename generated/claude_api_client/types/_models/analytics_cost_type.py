# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    AnalyticsCostType: TypeAlias = Literal["code_execution", "tokens", "web_search"]
else:

    class AnalyticsCostType(OpenEnum):
        """What a cost is for (tokens, code execution, web search)."""

        CODE_EXECUTION = "code_execution"
        TOKENS = "tokens"
        WEB_SEARCH = "web_search"
