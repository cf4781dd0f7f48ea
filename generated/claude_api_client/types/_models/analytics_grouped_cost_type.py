# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    AnalyticsGroupedCostType: TypeAlias = Literal[
        "code_execution", "session_usage", "tokens", "web_search"
    ]
else:

    class AnalyticsGroupedCostType(OpenEnum):
        """What a grouped cost row is for."""

        CODE_EXECUTION = "code_execution"
        SESSION_USAGE = "session_usage"
        TOKENS = "tokens"
        WEB_SEARCH = "web_search"
