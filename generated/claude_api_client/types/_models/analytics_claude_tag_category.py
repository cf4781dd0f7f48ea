# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    AnalyticsClaudeTagCategory: TypeAlias = Literal[
        "dm", "engaged", "monitoring", "proactive", "scheduled"
    ]
else:

    class AnalyticsClaudeTagCategory(OpenEnum):
        """Categories of Claude tag usage."""

        DM = "dm"
        ENGAGED = "engaged"
        MONITORING = "monitoring"
        PROACTIVE = "proactive"
        SCHEDULED = "scheduled"
